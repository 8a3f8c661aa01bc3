using System.Globalization;
using System.Text.Json;
using Loyalty.Segmentation.Cli;

namespace Loyalty.UnitTests.Segmentation;

/// <summary>The analysts' CLI verbs, run in-process on the CDNOW files.</summary>
public class SegmentationCliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Fit_bgnbd_prints_one_JSON_object_with_the_CDNOW_estimates_and_progress_goes_to_stderr()
    {
        var (exit, stdout, stderr) = Run("fit-bgnbd", Cdnow.PathOf("cdnow_customers_summary.csv"));

        Assert.Equal(0, exit);
        var fit = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal((0.243, 4.414, 0.793, 2.426, -9582.4, 2357),
            (Math.Round(fit.GetProperty("r").GetDouble(), 3), Math.Round(fit.GetProperty("alpha").GetDouble(), 3),
             Math.Round(fit.GetProperty("a").GetDouble(), 3), Math.Round(fit.GetProperty("b").GetDouble(), 3),
             Math.Round(fit.GetProperty("logLikelihood").GetDouble(), 1), fit.GetProperty("customers").GetInt32()));
        Assert.Contains("converged", stderr, StringComparison.Ordinal);
        Assert.True(fit.GetProperty("converged").GetBoolean());
        Assert.InRange(fit.GetProperty("gradientNorm").GetDouble(), 0, 1e-6);
        Assert.InRange(fit.GetProperty("iterations").GetInt32(), 1, 200);
    }

    [Fact]
    public void Summary_files_may_have_a_BOM_CRLF_padding_blank_lines_and_columns_in_any_order()
    {
        var file = Path.GetTempFileName();
        try
        {
            var rows = Cdnow.Summary();
            var text = "\uFEFFnote, T ,x,ID,t_x\r\n\r\n" + string.Concat(rows.Select(r =>
                $"n, {r.T.ToString(CultureInfo.InvariantCulture)} " +
                $",{r.Frequency},{r.Id},{r.Recency.ToString(CultureInfo.InvariantCulture)}\r\n"));
            File.WriteAllText(file, text.TrimEnd('\r', '\n'));

            var (exit, stdout, _) = Run("fit-bgnbd", file);

            Assert.Equal(0, exit);
            var fit = JsonDocument.Parse(stdout).RootElement;
            Assert.Equal((0.243, 4.414, 2357), (Math.Round(fit.GetProperty("r").GetDouble(), 3),
                Math.Round(fit.GetProperty("alpha").GetDouble(), 3), fit.GetProperty("customers").GetInt32()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Fit_gammagamma_reads_the_CDNOW_column_names()
    {
        var (exit, stdout, _) = Run("fit-gammagamma", Cdnow.PathOf("cdnow_customers_summary_with_transactions.csv"));

        Assert.Equal(0, exit);
        var fit = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal((6.25, 3.74, 946), (Math.Round(fit.GetProperty("p").GetDouble(), 2),
            Math.Round(fit.GetProperty("q").GetDouble(), 2), fit.GetProperty("customers").GetInt32()));
    }

    [Fact]
    public void Summarize_then_predict_gives_one_row_per_customer_in_input_order()
    {
        var (exit, summary, _) = Run("summarize", Cdnow.PathOf("CDNOW_sample.txt"), "--calibration-end",
            "1997-09-30", "--unit", "weeks");
        Assert.Equal(0, exit);
        var lines = summary.TrimEnd().Split('\n');
        Assert.Equal("id,frequency,recency,T,monetary_value", lines[0]);
        Assert.Equal(2_358, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(("1", "2", 30.43, 38.86, 22.345),
            (first[0], first[1], Math.Round(double.Parse(first[2], CultureInfo.InvariantCulture), 2),
                Math.Round(double.Parse(first[3], CultureInfo.InvariantCulture), 2),
                double.Parse(first[4], CultureInfo.InvariantCulture)));

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, summary);
            var (predictExit, predictions, _) = Run("predict", file, "--horizon", "39");
            Assert.Equal(0, predictExit);
            var rows = predictions.TrimEnd().Split('\n');
            Assert.Equal("id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv", rows[0]);
            Assert.Equal(lines.Skip(1).Select(l => l.Split(',')[0]), rows.Skip(1).Select(r => r.Split(',')[0]));
            var customer1 = rows[1].Split(',').Skip(4)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(1.23, Math.Round(customer1[1], 2)); // ≈ the paper's 1.226 for this customer, with this fit
            // discounted, so a little under purchases × spend
            Assert.InRange(customer1[3], 0.9 * customer1[1] * customer1[2], customer1[1] * customer1[2]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("id,frequency,recency,T\n1,2,40,38.86\n", "Line 2: recency 40 is greater than T 38.86")]
    [InlineData("id,frequency,recency,T\n1,2,3,4\n2,-1,0,4\n",
        "Line 3: frequency \"-1\" must be a non-negative number")]
    [InlineData("id,frequency,T\n1,2,4\n", "Line 1: missing column(s) recency")]
    [InlineData("id,frequency,recency,T\n1,2,3,4\n\n2,0,0\n", "Line 4: too few fields (3)")]
    [InlineData("id,frequency,recency,T\n1,2.5,3,4\n", "Line 2: frequency must be a whole number")]
    public void Bad_input_names_the_line_and_exits_2(string content, string message)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, content);
            var (exit, stdout, stderr) = Run("fit-bgnbd", file);
            Assert.Equal((2, ""), (exit, stdout));
            Assert.Contains(message, stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
