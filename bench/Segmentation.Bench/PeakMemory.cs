namespace Loyalty.Segmentation.Bench;

/// <summary>
/// The process's resident-set high-water mark (VmHWM in /proc/self/status), which Linux lets a process reset
/// (writing 5 to /proc/self/clear_refs): reset before a stage and read after it, it is that stage's own peak. The
/// process-wide peak is kept across resets. Elsewhere, the runtime's peak working set (never reset) stands in.
/// </summary>
public sealed class PeakMemory
{
    private long processPeak;

    /// <summary>Whether per-stage peaks are real (the high-water mark can be reset).</summary>
    public bool PerStage { get; private set; } = OperatingSystem.IsLinux();

    public long ProcessPeakBytes => Math.Max(processPeak, HighWaterMark());

    public void Reset()
    {
        processPeak = Math.Max(processPeak, HighWaterMark());
        if (!PerStage)
        {
            return;
        }

        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            PerStage = false;
        }
    }

    public long HighWaterMark()
    {
        if (OperatingSystem.IsLinux())
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0],
                        System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
