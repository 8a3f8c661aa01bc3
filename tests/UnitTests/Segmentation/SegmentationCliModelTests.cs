using System.Text.Json;
using Loyalty.Segmentation.Cli;

namespace Loyalty.UnitTests.Segmentation;

/// <summary>The CLI's uncertainty, verdicts, other models and held-out validation (issue 22), in-process on CDNOW.</summary>
public class SegmentationCliModelTests
{
    [Fact]
    public void Fit_bgnbd_prints_standard_errors_intervals_and_a_sound_verdict()
    {
        var fit = Json("fit-bgnbd", Cdnow.PathOf("cdnow_customers_summary.csv"));

        Assert.Equal(0.0126, Math.Round(fit.GetProperty("standardErrors").GetProperty("r").GetDouble(), 4));
        Assert.Equal(0.378, Math.Round(fit.GetProperty("standardErrors").GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(0.429, Math.Round(fit.GetProperty("lower95").GetProperty("a").GetDouble(), 3));
        Assert.Equal(3.81, Math.Round(fit.GetProperty("upper95").GetProperty("b").GetDouble(), 2));
        Assert.True(fit.GetProperty("sound").GetBoolean());
        Assert.Equal(JsonValueKind.Null, fit.GetProperty("refusal").ValueKind);
    }

    [Fact]
    public void Fit_gammagamma_accepts_a_lifetimes_users_id_frequency_monetary_value_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, File.ReadLines(Cdnow.PathOf("cdnow_customers_summary_with_transactions.csv"))
                .Select((line, i) => i == 0 ? "id,frequency,monetary_value" : string.Join(',', line.Split(',')[0],
                    line.Split(',')[1], line.Split(',')[4])));

            var fit = Json("fit-gammagamma", file);

            Assert.Equal((6.25, 3.74, 15.45, 946), (Math.Round(fit.GetProperty("p").GetDouble(), 2),
                Math.Round(fit.GetProperty("q").GetDouble(), 2), Math.Round(fit.GetProperty("v").GetDouble(), 2),
                fit.GetProperty("customers").GetInt32()));
            Assert.InRange(fit.GetProperty("standardErrors").GetProperty("q").GetDouble(), 0.2, 0.4);
            Assert.True(fit.GetProperty("sound").GetBoolean());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("fit-mbgnbd", "mbg-nbd", "a", 0.891)]
    [InlineData("fit-paretonbd", "pareto-nbd", "s", 0.606)]
    public void The_other_models_print_the_same_shape_with_their_parameters(
        string verb, string model, string parameter, double value)
    {
        var fit = Json(verb, Cdnow.PathOf("cdnow_customers_summary.csv"));

        Assert.Equal(model, fit.GetProperty("model").GetString());
        Assert.Equal(value, Math.Round(fit.GetProperty(parameter).GetDouble(), 3));
        Assert.Equal(4, fit.GetProperty("standardErrors").EnumerateObject().Count());
        Assert.True(fit.GetProperty("sound").GetBoolean());
    }

    [Fact]
    public void A_refused_fit_says_why_and_has_no_estimates()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, File.ReadLines(Cdnow.PathOf("cdnow_customers_summary.csv")).Take(301));

            var fit = Json("fit-bgnbd", file);

            Assert.False(fit.GetProperty("sound").GetBoolean());
            Assert.Equal("TooFewCustomers", fit.GetProperty("refusal").GetProperty("reason").GetString());
            Assert.Contains("MinCustomers", fit.GetProperty("refusal").GetProperty("detail").GetString(),
                StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, fit.GetProperty("r").ValueKind);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_prints_the_held_out_comparison_with_the_calibration_fit()
    {
        var result = Json("validate", Cdnow.PathOf("CDNOW_sample.txt"), "--calibration-end", "1997-09-30",
            "--observation-end", "1998-06-30");

        Assert.Equal((2_357, 39d, 1_882d), (result.GetProperty("customers").GetInt32(),
            result.GetProperty("duration").GetDouble(), result.GetProperty("actualTotal").GetDouble()));
        Assert.Equal(1_653.4, Math.Round(result.GetProperty("predictedTotal").GetDouble(), 1));
        var groups = result.GetProperty("byFrequency").EnumerateArray().ToList();
        Assert.Equal(8, groups.Count);
        Assert.Equal((7, true, 64), (groups[7].GetProperty("frequency").GetInt32(),
            groups[7].GetProperty("orMore").GetBoolean(), groups[7].GetProperty("customers").GetInt32()));
        Assert.Equal(0.523, Math.Round(groups[1].GetProperty("predicted").GetDouble(), 3));
        Assert.Equal(0.243, Math.Round(result.GetProperty("fit").GetProperty("r").GetDouble(), 3));
    }

    [Theory]
    [InlineData("--model", "gamma", "--model must be bg-nbd, mbg-nbd or pareto-nbd")]
    [InlineData("--unit", "months", "--unit must be weeks or days")]
    public void Validate_refuses_bad_options_with_exit_2(string option, string value, string message)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["validate", Cdnow.PathOf("CDNOW_sample.txt"), "--calibration-end", "1997-09-30",
            "--observation-end", "1998-06-30", option, value], stdout, stderr);

        Assert.Equal((2, ""), (exit, stdout.ToString()));
        Assert.Contains(message, stderr.ToString(), StringComparison.Ordinal);
    }

    private static JsonElement Json(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        return JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
    }
}
