using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.Segmentation.Cli;

/// <summary>
/// The analysts' tool. Results go to stdout (CSV or one JSON object), progress and errors to stderr; bad input exits 2.
/// </summary>
public static class CliApp
{
    public const string Usage = """
        usage:
          summarize <transactions-file> --calibration-end YYYY-MM-DD [--unit weeks|days]   CDNOW whitespace or CSV customer_id,date,amount → id,frequency,recency,T,monetary_value
          fit-bgnbd <summary.csv>                                                       → {"r","alpha","a","b","logLikelihood","customers",...}
          fit-mbgnbd <summary.csv>                                                      → the same for MBG/NBD (r, alpha, a, b)
          fit-paretonbd <summary.csv>                                                   → the same for Pareto/NBD (r, alpha, s, beta)
          fit-gammagamma <summary.csv>                                                  → {"p","q","v","customers",...} (customers with frequency > 0; id,frequency,monetary_value is enough)
          validate <transactions-file> --calibration-end D --observation-end E [--unit weeks|days] [--model bg-nbd|mbg-nbd|pareto-nbd]
                                                                                        → {"actualTotal","predictedTotal","meanAbsoluteError","byFrequency":[...],"fit":{...}}
          predict <summary.csv> --horizon N [--unit weeks|days] [--discount-rate 0.01]   → id,frequency,recency,T,p_alive,expected_purchases[,expected_spend,clv]
        Times are in the summary's unit (default weeks); --discount-rate is per month (a month is 365.25/12 days).
        The fits also print "converged", "iterations" and "gradientNorm" (largest gradient component of the mean log-likelihood),
        "standardErrors", "lower95", "upper95" per parameter, and "sound" with the "refusal" (reason and detail) of a fit not to use.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length < 2)
            {
                throw new UsageException("A verb and a file are required.");
            }

            var options = Options(args.Skip(2).ToArray());
            switch (args[0])
            {
                case "summarize": Summarize(args[1], options, stdout, stderr); break;
                case "fit-bgnbd": FitPurchaseModel(PurchaseModel.BgNbd, args[1], stdout, stderr); break;
                case "fit-mbgnbd": FitPurchaseModel(PurchaseModel.MbgNbd, args[1], stdout, stderr); break;
                case "fit-paretonbd": FitPurchaseModel(PurchaseModel.ParetoNbd, args[1], stdout, stderr); break;
                case "fit-gammagamma": FitGammaGamma(args[1], stdout, stderr); break;
                case "validate": Validate(args[1], options, stdout, stderr); break;
                case "predict": Predict(args[1], options, stdout, stderr); break;
                default: throw new UsageException($"Unknown verb \"{args[0]}\".");
            }

            return 0;
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (FormatException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    private static void Summarize(string file, Dictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        var end = Date(options, "calibration-end");
        using var reader = Open(file);
        var summaries = SummaryBuilder.Build(TransactionReader.Read(reader), end, Unit(options));
        stderr.WriteLine($"summarized {summaries.Count} customers");
        stdout.WriteLine("id,frequency,recency,T,monetary_value");
        foreach (var s in summaries)
        {
            stdout.WriteLine(
                $"{s.Id},{s.Frequency},{SummaryCsv.Format(s.Recency)},{SummaryCsv.Format(s.T)}," +
                $"{SummaryCsv.Format(s.MonetaryValue ?? 0)}");
        }
    }

    private static void FitPurchaseModel(PurchaseModel model, string file, TextWriter stdout, TextWriter stderr)
    {
        var customers = Read(file, stderr).Columns;
        stderr.WriteLine($"fitting {model.Name()} to {customers.Count} customers…");
        var clock = Stopwatch.StartNew();
        var fit = PurchaseModels.For(model).Fit(customers, FitThresholds.Default);
        stderr.WriteLine(
            $"{model.Name()}: {Verdict(fit.Converged, fit.Refusal)} after {fit.Iterations} iterations " +
            $"(gradient {fit.GradientNorm:E1}) in {clock.Elapsed.TotalSeconds:F2} s");
        WriteJson(stdout, FitJson.Of(fit));
    }

    private static void FitGammaGamma(string file, TextWriter stdout, TextWriter stderr)
    {
        var customers = Read(file, stderr, spendOnly: true).Columns;
        stderr.WriteLine("fitting Gamma-Gamma to the customers with repeat purchases…");
        try
        {
            var clock = Stopwatch.StartNew();
            var fit = GammaGammaModel.FitAssessed(customers, FitThresholds.Default);
            stderr.WriteLine(
                $"Gamma-Gamma: {Verdict(fit.Converged, fit.Refusal)} after {fit.Iterations} iterations " +
                $"(gradient {fit.GradientNorm:E1}) in {clock.Elapsed.TotalSeconds:F2} s, {fit.Customers} customers");
            WriteJson(stdout, FitJson.Of(fit));
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static void Validate(string file, Dictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        var (calibrationEnd, observationEnd) = (Date(options, "calibration-end"), Date(options, "observation-end"));
        if (observationEnd <= calibrationEnd)
        {
            throw new UsageException("--observation-end must be after --calibration-end.");
        }

        var model = options.TryGetValue("model", out var name)
            ? PurchaseModelNames.TryParse(name, out var named)
                ? named
                : throw new UsageException($"--model must be bg-nbd, mbg-nbd or pareto-nbd, not \"{name}\".")
            : PurchaseModel.BgNbd;
        using var reader = Open(file);
        var split = CalibrationHoldoutBuilder.Build(
            TransactionReader.Read(reader), calibrationEnd, observationEnd, Unit(options));
        stderr.WriteLine(
            $"{split.Ids.Count} customers by {calibrationEnd:yyyy-MM-dd}, " +
            $"{split.HeldOutPurchases.Sum()} held-out purchases; fitting {model.Name()} on the calibration period…");
        var comparison = HeldOutValidation.Compare(PurchaseModels.For(model), split, FitThresholds.Default);
        WriteJson(stdout, FitJson.Of(comparison));
    }

    private static string Verdict(bool converged, FitRefusal? refusal) =>
        (converged ? "converged" : "NOT converged") + (refusal is null ? ", sound" : $", refused: {refusal.Reason}");

    private static void Predict(string file, Dictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        if (!double.TryParse(
                options.GetValueOrDefault("horizon"), NumberStyles.Float, CultureInfo.InvariantCulture, out var horizon)
            || horizon < 0)
        {
            throw new UsageException("--horizon N (a non-negative number of time units) is required.");
        }

        var discount = options.TryGetValue("discount-rate", out var rate)
            ? double.TryParse(rate, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0
                ? d
                : throw new UsageException("--discount-rate must be a non-negative number.")
            : 0.01;
        var unit = Unit(options);
        var table = Read(file, stderr);
        var customers = table.Columns;
        var purchases = FitPurchases(customers, stderr).Parameters;
        var spend = table.HasMonetary ? FitSpend(customers, stderr).Parameters : null;
        var clock = Stopwatch.StartNew();
        var (alive, expected) = (new double[customers.Count], new double[customers.Count]);
        BgNbdModel.Predict(purchases, customers, horizon, alive, expected);
        var clv = spend is null ? null : new double[customers.Count];
        if (spend is not null)
        {
            CustomerLifetimeValue.Of(purchases, spend, customers, horizon, unit, discount, clv);
        }

        // The prediction stage on its own (what the peer's figure measures); writing the rows comes after.
        stderr.WriteLine(
            $"predicted {customers.Count} customers in {clock.Elapsed.TotalSeconds:F3} s; writing the rows…");

        stdout.WriteLine(spend is not null
            ? "id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv"
            : "id,frequency,recency,T,p_alive,expected_purchases");
        using var rows = new RowWriter(stdout);
        for (var i = 0; i < customers.Count; i++)
        {
            rows.Utf8(table.Id(i));
            rows.Comma().Integer(customers.Frequency[i])
                .Comma().Number(customers.Recency[i])
                .Comma().Number(customers.T[i]);
            rows.Comma().Number(alive[i]).Comma().Number(expected[i]);
            if (spend is not null)
            {
                rows.Comma()
                    .Number(GammaGammaModel.ExpectedAverageSpend(
                        spend, customers.Frequency[i], customers.MonetaryValue![i]))
                    .Comma().Number(clv![i]);
            }

            rows.EndRow();
        }
    }

    private static BgNbdFit FitPurchases(SummaryColumns customers, TextWriter stderr)
    {
        stderr.WriteLine($"fitting BG/NBD to {customers.Count} customers…");
        var clock = Stopwatch.StartNew();
        var fit = BgNbdModel.Fit(customers);
        stderr.WriteLine(
            $"BG/NBD: {(fit.Converged ? "converged" : "NOT converged")} after {fit.Iterations} iterations " +
            $"(gradient {fit.GradientNorm:E1}) in {clock.Elapsed.TotalSeconds:F2} s");
        return fit;
    }

    private static GammaGammaFit FitSpend(SummaryColumns customers, TextWriter stderr)
    {
        stderr.WriteLine("fitting Gamma-Gamma to the customers with repeat purchases…");
        try
        {
            var clock = Stopwatch.StartNew();
            var fit = GammaGammaModel.Fit(customers);
            stderr.WriteLine(
                $"Gamma-Gamma: {(fit.Converged ? "converged" : "NOT converged")} after {fit.Iterations} iterations " +
                $"(gradient {fit.GradientNorm:E1}) in {clock.Elapsed.TotalSeconds:F2} s, {fit.Customers} customers");
            return fit;
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static SummaryTable Read(string file, TextWriter stderr, bool spendOnly = false)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"File \"{file}\" not found.");
        }

        var clock = Stopwatch.StartNew();
        var table = SummaryCsv.Read(file, spendOnly: spendOnly);
        stderr.WriteLine($"read {table.Count} customers in {clock.Elapsed.TotalSeconds:F2} s");
        return table;
    }

    private static DateOnly Date(Dictionary<string, string> options, string name) =>
        DateOnly.TryParseExact(
            options.GetValueOrDefault(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UsageException($"--{name} YYYY-MM-DD is required.");

    private static StreamReader Open(string file) =>
        File.Exists(file) ? new StreamReader(file) : throw new UsageException($"File \"{file}\" not found.");

    private static TimeUnit Unit(Dictionary<string, string> options) =>
        options.GetValueOrDefault("unit", "weeks") switch
        {
            "weeks" => TimeUnit.Weeks,
            "days" => TimeUnit.Days,
            var other => throw new UsageException($"--unit must be weeks or days, not \"{other}\"."),
        };

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new UsageException($"Unexpected argument \"{args[i]}\".");
            }

            options[args[i][2..]] = args[++i];
        }

        return options;
    }

    private static void WriteJson(TextWriter stdout, object value) => stdout.WriteLine(JsonSerializer.Serialize(value));
}
