using System.Globalization;

namespace Loyalty.Purchases.Bench;

/// <summary>The command line: step length, offered rates, members registered
/// first, and the p99 bound a sustained step must meet.</summary>
public sealed record BenchOptions
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/Purchases.Bench -- [--step-seconds 10] " +
        "[--rates 25,50,100,200,400] [--members 200] [--warmup 2000] [--p99-ms 1000]";

    public TimeSpan StepDuration { get; init; } = TimeSpan.FromSeconds(10);

    public IReadOnlyList<int> Rates { get; init; } = [25, 50, 100, 200, 400];

    public int Members { get; init; } = 200;

    /// <summary>
    /// Purchases sent (4 at a time) before anything is measured. The services start fresh, and until each has handled
    /// a few thousand events its code is still being compiled (tiered JIT): a short warm-up measures the JIT.
    /// </summary>
    public int WarmUp { get; init; } = 2000;

    /// <summary>A step is sustained when it achieved at least 95% of its offered rate with p99 under this.</summary>
    public double P99BoundMs { get; init; } = 1000;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--step-seconds" => options with { StepDuration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--rates" => options with
                {
                    Rates = value.Split(',').Select(rate => Positive("--rates", rate)).Order().ToArray()
                },
                "--members" => options with { Members = Positive(args[i], value) },
                "--warmup" => options with { WarmUp = Positive(args[i], value) },
                "--p99-ms" => options with { P99BoundMs = Positive(args[i], value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }

    private static int Positive(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{option} takes a positive whole number, not '{value}'");
}
