using System.Globalization;

namespace Loyalty.Purchases.Bench;

/// <summary>
/// CPU time read from Linux's /proc: every process at once (see <see cref="ProcessTable"/>), and the whole machine.
/// Clock ticks are USER_HZ, 100 per second on Linux.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100;

    /// <summary>Busy CPU seconds of the whole machine, all cores (everything but idle and I/O wait).</summary>
    public static double MachineBusySeconds()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // cpu user nice system idle iowait irq softirq steal
        var busy = new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return busy / TicksPerSecond;
    }

    /// <summary>The process listening on a loopback TCP port (the postmaster,
    /// beam.smp, redis-server); null if none is visible.</summary>
    public static int? ListeningOn(int port)
    {
        var inodes = new[] { "/proc/net/tcp", "/proc/net/tcp6" }
            .Where(File.Exists)
            .SelectMany(file => File.ReadLines(file).Skip(1))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            // sl local_address rem_address st ... inode (field 9); st 0A is LISTEN; the port is hex after the colon.
            .Where(f => f[3] == "0A" && int.Parse(f[1][(f[1].IndexOf(':') + 1)..], NumberStyles.HexNumber,
                CultureInfo.InvariantCulture) == port)
            .Select(f => $"socket:[{f[9]}]")
            .ToHashSet();
        if (inodes.Count == 0)
        {
            return null;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                foreach (var fd in Directory.EnumerateFileSystemEntries(Path.Combine(directory, "fd")))
                {
                    if (new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target))
                    {
                        return pid;
                    }
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                // Another user's process, or one that just exited.
            }
        }

        return null;
    }

    /// <summary>Every process's CPU ticks and parent, read in one pass
    /// over /proc so that the parts of a reading agree.</summary>
    public static ProcessTable ReadTable()
    {
        var stats = new Dictionary<int, ProcessTable.Stat>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string text;
            try
            {
                text = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue; // exited meanwhile
            }

            // "pid (comm) state ppid ..." where comm may hold spaces
            // and parentheses: the fields start after the last ')'.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            stats[pid] = new ProcessTable.Stat((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
        }

        return new ProcessTable(stats, TicksPerSecond);
    }
}
