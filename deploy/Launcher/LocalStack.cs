using System.Diagnostics;

namespace Loyalty.Launcher;

/// <summary>
/// Starts every service and the gateway against running servers, waits until each /health is green, and stops them all
/// (by PID) when disposed.
/// </summary>
public sealed class LocalStack : IAsyncDisposable
{
    private readonly List<ServiceProcess> _processes = [];

    private LocalStack(StackSettings settings) => Settings = settings;

    public StackSettings Settings { get; }

    public IReadOnlyList<ServiceProcess> Processes => _processes;

    public Uri GatewayUrl => Settings.UrlOf(StackTopology.Gateway);

    public static async Task<LocalStack> StartAsync(
        StackSettings settings,
        TimeSpan healthTimeout,
        Action<string>? report,
        CancellationToken cancellationToken)
    {
        var stack = new LocalStack(settings);
        try
        {
            foreach (var service in settings.Instances())
            {
                EnsurePortFree(settings, service);
                var process = ServiceProcess.Start(service, settings);
                stack._processes.Add(process);
                report?.Invoke($"started {service.InstanceName} (PID {process.Pid}) on {settings.UrlOf(service)}");
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var waits = stack._processes.Select(async process =>
            {
                var clock = Stopwatch.StartNew();
                var healthy = await process.WaitHealthyAsync(
                    http, settings.UrlOf(process.Service), healthTimeout, cancellationToken);
                if (healthy)
                {
                    report?.Invoke($"{process.Service.InstanceName} healthy after {clock.Elapsed.TotalSeconds:F1} s");
                }

                return (process, healthy);
            });
            var failed = (await Task.WhenAll(waits)).Where(r => !r.healthy).Select(r => r.process).ToList();
            if (failed.Count > 0)
            {
                var details = string.Join("\n", failed.Select(p =>
                    $"--- {p.Service.InstanceName} ({(p.HasExited ? "exited" : "not healthy")}), " +
                    $"last lines of {p.LogPath}:\n{p.LogTail()}"));
                throw new InvalidOperationException(
                    $"Not healthy within {healthTimeout.TotalSeconds:F0} s: " +
                    $"{string.Join(", ", failed.Select(p => p.Service.InstanceName))}\n{details}");
            }

            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The gateway first, so nothing new comes in while the services drain.
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        _processes.Clear();
    }

    private static void EnsurePortFree(StackSettings settings, ServiceDefinition service)
    {
        using var probe = new System.Net.Sockets.TcpClient();
        try
        {
            probe.Connect(settings.Host, settings.PortOf(service));
        }
        catch (System.Net.Sockets.SocketException)
        {
            return;
        }

        throw new InvalidOperationException(
            $"Port {settings.PortOf(service)} for {service.InstanceName} is already in use: " +
            "is another launcher or test run still running?");
    }
}
