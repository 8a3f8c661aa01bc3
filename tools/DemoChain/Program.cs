using System.Globalization;
using Loyalty.DemoChain;

// Loads the demo chain into a running platform through its gateway (deploy/run.sh does it by itself on first run).
// Usage: dotnet run --project tools/DemoChain -- [--gateway http://127.0.0.1:5100] [--members 3000] [--seed 2026]
//        [--again]   (every step sent again, as after a load stopped half-way; nothing is added twice)
var gateway = new Uri(
    Option("--gateway") ?? $"http://127.0.0.1:{Environment.GetEnvironmentVariable("GATEWAY_PORT") ?? "5100"}");
var options = new DemoChainOptions(
    int.Parse(Option("--members") ?? "3000", CultureInfo.InvariantCulture),
    int.Parse(Option("--seed") ?? DemoChainGenerator.DefaultSeed.ToString(CultureInfo.InvariantCulture),
        CultureInfo.InvariantCulture))
{
    IgnoreCompletionMarker = args.Contains("--again"),
};
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopping.Cancel();
};
foreach (var line in DemoAccounts.Describe())
{
    Console.WriteLine($"account: {line}");
}

var outcome = await new DemoChainLoader(gateway, options, Console.WriteLine, TimeProvider.System)
    .LoadAsync(stopping.Token);
return outcome is DemoChainOutcome.NotEmpty ? 2 : 0;

string? Option(string name) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
