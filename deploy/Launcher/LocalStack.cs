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
            // The first replica of each service migrates its database and makes what it keeps once (the Identity
            // service's keys) before the others start, as a Kubernetes release's migration Job goes first.
            var instances = settings.Instances().ToList();
            await stack.StartAndWaitAsync(instances.Where(i => i.Replica == 0), healthTimeout, report, cancellationToken);
            await stack.StartAndWaitAsync(instances.Where(i => i.Replica > 0), healthTimeout, report, cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    private async Task StartAndWaitAsync(
        IEnumerable<ServiceDefinition> instances,
        TimeSpan healthTimeout,
        Action<string>? report,
        CancellationToken cancellationToken)
    {
        var started = new List<ServiceProcess>();
        foreach (var service in instances)
        {
            EnsurePortFree(Settings, service);
            var process = ServiceProcess.Start(service, Settings);
            _processes.Add(process);
            started.Add(process);
            report?.Invoke($"started {service.InstanceName} (PID {process.Pid}) on {Settings.UrlOf(service)}");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var waits = started.Select(async process =>
        {
            var clock = Stopwatch.StartNew();
            var healthy = await process.WaitHealthyAsync(
                http, Settings.UrlOf(process.Service), healthTimeout, cancellationToken);
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
