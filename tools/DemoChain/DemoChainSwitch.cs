namespace Loyalty.DemoChain;

/// <summary>
/// The launcher's side: whether to load the demo (<c>--empty</c> or <c>LOYALTY_DEMO=off</c> start empty) and the load
/// in the background once the platform is healthy, so the console is usable at once and fills as it goes.
/// </summary>
public static class DemoChainSwitch
{
    public static bool Wanted(IReadOnlyList<string> args) =>
        !args.Contains("--empty")
        && !string.Equals(Environment.GetEnvironmentVariable("LOYALTY_DEMO"), "off", StringComparison.OrdinalIgnoreCase);

    /// <summary>Prints the demo's accounts and starts the load; its progress lines start with "demo:".</summary>
    public static Task StartInBackground(Uri gateway, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!Wanted(args))
        {
            Console.WriteLine("    demo: off (--empty or LOYALTY_DEMO=off): no demo chain is loaded");
            return Task.CompletedTask;
        }

        var members = int.TryParse(Environment.GetEnvironmentVariable("LOYALTY_DEMO_MEMBERS"), out var n) && n > 0
            ? n
            : new DemoChainOptions().Members;
        Console.WriteLine("    demo: a demo chain loads in the background (start empty: ./deploy/run.sh --empty)");
        Console.WriteLine("    demo: staff accounts for the console (user name, password, roles; also the POS password grant):");
        foreach (var line in DemoAccounts.Describe())
        {
            Console.WriteLine($"            {line}");
        }

        void Report(string line) => Console.WriteLine($"    demo: {line}");
        return Task.Run(async () =>
        {
            try
            {
                await new DemoChainLoader(gateway, new DemoChainOptions(members), Report, TimeProvider.System)
                    .LoadAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Report("stopped; the next run completes the load");
            }
            catch (Exception ex)
            {
                Report($"failed: {ex.Message} (the platform keeps running; the next run completes the load)");
            }
        }, CancellationToken.None);
    }
}
