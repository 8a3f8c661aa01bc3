using System.Diagnostics;
using System.Globalization;
using Loyalty.Launcher;

namespace Loyalty.Purchases.Bench;

/// <summary>
/// What the purchases cost in CPU, process by process: the gateway and each service (by PID), PostgreSQL, RabbitMQ and
/// Redis (found by the port they listen on), this load driver, and the whole machine. Read before a step and again
/// once every event of the step was handled, so a purchase's cost includes what every consumer did with it.
/// </summary>
public sealed class CpuMeter
{
    public const string PostgreSql = "postgres";
    public const string RabbitMq = "rabbitmq";
    public const string Machine = "machine";

    private readonly List<(string Name, Func<ProcessTable, double> Seconds)> _parts = [];

    public CpuMeter(LocalStack stack)
    {
        foreach (var process in stack.Processes)
        {
            var pid = process.Pid;
            _parts.Add((process.Service.Name, table => table.TreeSeconds(pid)));
        }

        AddServer(PostgreSql, stack.Settings.PostgresPort);
        AddServer(RabbitMq, stack.Settings.AmqpPort);
        AddServer("redis", stack.Settings.RedisPort);
        // This process alone: the services are its children, so its tree would count them twice.
        _parts.Add(("driver", _ => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        _parts.Add((Machine, _ => ProcessCpu.MachineBusySeconds()));
    }

    public IReadOnlyDictionary<string, double> Read()
    {
        var table = ProcessCpu.ReadTable();
        return _parts.ToDictionary(p => p.Name, p => p.Seconds(table));
    }

    /// <summary>Milliseconds of CPU per purchase for each part between two readings.</summary>
    public static IReadOnlyDictionary<string, double> PerPurchase(
        IReadOnlyDictionary<string, double> before,
        IReadOnlyDictionary<string, double> after,
        int purchases) =>
        after.ToDictionary(p => p.Key, p => purchases == 0 ? double.NaN : (p.Value - before[p.Key]) * 1000 / purchases);

    public static string Format(IReadOnlyDictionary<string, double> perPurchase) =>
        string.Join("  ",
            perPurchase.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F1}")));

    private void AddServer(string name, int port)
    {
        // A server started by another user or in a container is not visible here; it then simply has no figure.
        if (ProcessCpu.ListeningOn(port) is { } pid)
        {
            _parts.Add((name, table => table.TreeSeconds(pid)));
        }
    }
}
