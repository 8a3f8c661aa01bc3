using System.Diagnostics;

namespace Loyalty.Launcher;

/// <summary>Drives deploy/servers.sh: PostgreSQL, Redis and RabbitMQ on loopback, data under .data/.</summary>
public sealed class LocalServers(string repositoryRoot)
{
    public static readonly IReadOnlyList<string> Names = ["pg", "redis", "rabbit"];

    private string Script => Path.Combine(repositoryRoot, "deploy", "servers.sh");

    /// <summary>The servers that are not running now.</summary>
    public async Task<IReadOnlyList<string>> DownAsync()
    {
        var status = await RunAsync("status");
        return Names.Where(name => status.Contains($"{name}: down", StringComparison.Ordinal)).ToArray();
    }

    public Task<string> UpAsync(params string[] servers) => RunAsync(["up", .. servers]);

    public Task<string> StopAsync(params string[] servers) => RunAsync(["down", .. servers]);

    private async Task<string> RunAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("bash", [Script, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"deploy/servers.sh {string.Join(' ', arguments)} failed (exit {process.ExitCode}):\n{text}");
        }

        return text;
    }
}
