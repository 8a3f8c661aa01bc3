using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Loyalty.EndToEndTests;

/// <summary>
/// deploy/servers.sh on a data folder and ports of its own (E2E_BASE_PORT + 50 …): a start that fails part-way stops
/// the servers that call started, instead of leaving them running. In the stack's collection so it runs alone.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ServersScriptTests(StackFixture stack) : IAsyncLifetime
{
    private readonly string _data = Path.Combine(stack.Settings.RepositoryRoot, ".data",
        $"servers-test-{Guid.NewGuid():N}"[..26]);

    private int Port(int offset) => stack.Settings.BasePort + 50 + offset;

    [Fact]
    public async Task A_start_that_fails_on_RabbitMQ_stops_the_PostgreSQL_and_Redis_it_started()
    {
        // Something else holds the management port: PostgreSQL and Redis come up first, then RabbitMQ cannot.
        using var taken = new TcpListener(IPAddress.Loopback, Port(3));
        taken.Start();

        var (exit, output) = await ServersAsync("up");

        Assert.NotEqual(0, exit);
        Assert.Equal(["pg: down", "redis: down", "rabbit: down"],
            (await ServersAsync("status")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Listening(Port(0)), "PostgreSQL was left running");
        Assert.False(Listening(Port(1)), "Redis was left running");
        Assert.Contains($"port {Port(3)} is already taken", output, StringComparison.Ordinal);
        Assert.Contains("stopping what this call started: pg redis rabbit", output, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await ServersAsync("down");
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static bool Listening(int port)
    {
        using var probe = new TcpClient();
        try
        {
            probe.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task<(int Exit, string Output)> ServersAsync(string command)
    {
        var start = new ProcessStartInfo("bash",
            [Path.Combine(stack.Settings.RepositoryRoot, "deploy", "servers.sh"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        (string, int)[] ports = [("PG_PORT", 0), ("REDIS_PORT", 1), ("AMQP_PORT", 2), ("MGMT_PORT", 3),
            ("RABBIT_DIST_PORT", 4), ("EPMD_PORT", 5)];
        foreach (var (name, offset) in ports)
        {
            start.Environment[name] = Port(offset).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        start.Environment["DATA_DIR"] = _data;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
