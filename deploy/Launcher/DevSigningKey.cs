using System.Security.Cryptography;

namespace Loyalty.Launcher;

/// <summary>
/// The local stack's JWT signing key: random per checkout, kept in .data/ (git-ignored), never committed.
/// </summary>
public static class DevSigningKey
{
    public static string LoadOrCreate(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, ".data", "dev-jwt-signing-key");
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: >= 32 } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
