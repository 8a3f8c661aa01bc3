using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Loyalty.Launcher;

/// <summary>
/// One running service: `dotnet {assembly}` with the contract's environment, output appended to its log file.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServiceProcess(ServiceDefinition service, Process process, StreamWriter log, string logPath)
    {
        Service = service;
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public ServiceDefinition Service { get; }

    public string LogPath { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ServiceProcess Start(ServiceDefinition service, StackSettings settings)
    {
        var assembly = settings.AssemblyPath(service);
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException(
                $"{service.Name}: {assembly} is missing; " +
                $"build the solution first (dotnet build -c {settings.BuildConfiguration}).",
                assembly);
        }

        Directory.CreateDirectory(settings.LogDirectory);
        var logPath = Path.Combine(settings.LogDirectory, service.InstanceName + ".log");
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var startInfo = new ProcessStartInfo("dotnet", [assembly])
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in ConfigurationContract.EnvironmentFor(service, settings))
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(service, process, log, logPath);
    }

    /// <summary>Polls GET /health until it answers 200, the process dies, or the time is up.</summary>
    public async Task<bool> WaitHealthyAsync(
        HttpClient http,
        Uri baseUrl,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(baseUrl, "/health"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow answer while it starts.
            }

            await Task.Delay(250, cancellationToken);
        }

        return false;
    }

    public string LogTail(int lines = 30)
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException ex)
        {
            return $"(log unreadable: {ex.Message})";
        }
    }

    /// <summary>
    /// Asks the process to stop (SIGTERM: graceful shutdown), and kills it if it has not stopped in time.
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, SigTerm);
            using var timeout = new CancellationTokenSource(grace);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
    }

    /// <summary>Kills the process at once (SIGKILL): a crash, nothing finished or released.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(15));
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
