using System.Reflection;

namespace Loyalty.Launcher;

public static class RepositoryLocator
{
    /// <summary>
    /// The checkout's root: the nearest folder above <paramref name="start"/> holding Loyalty.Aspire.sln.
    /// </summary>
    public static string Root(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Loyalty.Aspire.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            "Loyalty.Aspire.sln not found above " + (start ?? AppContext.BaseDirectory));
    }

    /// <summary>
    /// Debug or Release: whichever the calling assembly was built with, so it starts the matching service builds.
    /// </summary>
    public static string BuildConfiguration(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
