using System.Runtime.InteropServices;
using Loyalty.Launcher;

// The local launcher: the AppHost's stack without Aspire. deploy/run.sh installs, builds, then runs this.
var root = RepositoryLocator.Root();
var settings = new StackSettings
{
    RepositoryRoot = root,
    BuildConfiguration = RepositoryLocator.BuildConfiguration(typeof(Program).Assembly),
    BasePort = int.TryParse(Environment.GetEnvironmentVariable("GATEWAY_PORT"), out var port) ? port : 5100,
};
// --replicas N: N processes of every service behind the gateway (LOYALTY_REPLICAS does the same).
if (args.SkipWhile(a => a != "--replicas").Skip(1).FirstOrDefault() is { } replicas)
{
    settings = settings with
    {
        Replicas = int.TryParse(replicas, out var count) && count is >= 1 and <= 4
            ? count
            : throw new ArgumentException($"--replicas takes 1 to 4, not '{replicas}'."),
    };
}

var pidFile = Path.Combine(root, ".data", "launcher.pid");
if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile), out var otherPid) && IsAlive(otherPid))
{
    Console.Error.WriteLine(
        $"The launcher is already running (PID {otherPid}); its gateway is {settings.UrlOf(StackTopology.Gateway)}. " +
        $"Stop it with Ctrl+C in its terminal or `kill {otherPid}`.");
    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(pidFile)!);
File.WriteAllText(pidFile, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
using var stopping = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    stopping.Cancel();
});
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stopping.Cancel();
});

var progress = new Progress();
var servers = new LocalServers(root);
IReadOnlyList<string> startedServers = [];
LocalStack? stack = null;
try
{
    await progress.StepAsync("start PostgreSQL, Redis and RabbitMQ (deploy/servers.sh up)", async () =>
    {
        // Known before starting them, so that a failed start (or Ctrl+C meanwhile) stops them too, in finally.
        startedServers = await servers.DownAsync();
        await servers.UpAsync();
        progress.Info(startedServers.Count == 0
            ? "all three were already running; they will be left running"
            : $"started: {string.Join(", ", startedServers)}");
        return startedServers;
    });

    stack = await progress.StepAsync("start the services, the gateway and the web apps, wait for every /health", () =>
        LocalStack.StartAsync(
            settings, TimeSpan.FromSeconds(300), progress.Info, stopping.Token)); // 2 shared cores: minutes

    var gateway = settings.UrlOf(StackTopology.Gateway).ToString().TrimEnd('/');
    var console = settings.UrlOf(StackTopology.Console).ToString().TrimEnd('/');
    var memberApp = settings.UrlOf(StackTopology.MemberApp).ToString().TrimEnd('/');
    Console.WriteLine($$"""

        Loyalty.Aspire is running ({{progress.Elapsed.TotalSeconds:F1}} s).
          Console              {{console}}   (sign in with a staff account: deploy/create-admin.sh NAME makes the first)
          Member app           {{memberApp}}   (members sign in with a code sent to their phone)
          Gateway              {{gateway}}   (OpenAPI: {{gateway}}/openapi/members/v1.json, ...)
          RabbitMQ management  http://{{settings.Host}}:{{settings.RabbitManagementPort}}   (guest / guest)
          Logs                 {{settings.LogDirectory}}
          A token              curl -s -X POST {{gateway}}/dev/token -H 'Content-Type: application/json' -d '{"role":"staff"}'
                               (or: deploy/token.sh staff; roles: member, staff, marketing, ops, admin, partner)

        Press Ctrl+C to stop everything this launcher started.
        """);
    _ = Loyalty.DemoChain.DemoChainSwitch.StartInBackground(new Uri(gateway), args, stopping.Token);

    while (!stopping.IsCancellationRequested)
    {
        var crashed = stack.Processes.FirstOrDefault(p => p.HasExited);
        if (crashed is not null)
        {
            Console.Error.WriteLine(
                $"{crashed.Service.InstanceName} exited unexpectedly; last lines of {crashed.LogPath}:\n{crashed.LogTail()}");
            return 1;
        }

        await Task.Delay(TimeSpan.FromSeconds(1), stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    return 0;
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    return 0;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"Start failed: {ex.Message}");
    return 1;
}
finally
{
    Console.WriteLine("==> stopping");
    if (stack is not null)
    {
        await stack.DisposeAsync();
    }

    if (startedServers.Count > 0)
    {
        await servers.StopAsync([.. startedServers]);
        Console.WriteLine($"    stopped servers this launcher started: {string.Join(", ", startedServers)}");
    }

    File.Delete(pidFile);
    Console.WriteLine("    stopped");
}

static bool IsAlive(int pid)
{
    try
    {
        return !System.Diagnostics.Process.GetProcessById(pid).HasExited;
    }
    catch (ArgumentException)
    {
        return false;
    }
}
