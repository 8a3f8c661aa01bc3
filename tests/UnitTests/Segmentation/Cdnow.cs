using System.Globalization;
using Loyalty.Launcher;
using Loyalty.Segmentation.Engine.Models;

namespace Loyalty.UnitTests.Segmentation;

/// <summary>The CDNOW files in tests/data/cdnow (copies of the data
/// sets the `lifetimes` package ships; see its README).</summary>
internal static class Cdnow
{
    public static string PathOf(string file) => Path.Combine(RepositoryLocator.Root(), "tests", "data", "cdnow", file);

    /// <summary>Rows of a summary CSV by column name.</summary>
    public static List<Dictionary<string, string>> ReadCsv(string file)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var header = lines[0].Split(',');
        return lines.Skip(1)
            .Select(line => header.Zip(line.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>cdnow_customers_summary.csv: ID, frequency, recency, T (weeks).</summary>
    public static List<CustomerSummary> Summary() =>
        ReadCsv("cdnow_customers_summary.csv").Select(r => new CustomerSummary(r["ID"],
            int.Parse(r["frequency"], CultureInfo.InvariantCulture), Number(r["recency"]), Number(r["T"]))).ToList();

    /// <summary>cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar.</summary>
    public static List<CustomerSummary> SummaryWithSpend() =>
        ReadCsv("cdnow_customers_summary_with_transactions.csv")
            .Select(r => new CustomerSummary(r["ID"], int.Parse(r["x"], CultureInfo.InvariantCulture), Number(r["t_x"]),
                Number(r["T"]), Number(r["zbar"]))).ToList();
}
