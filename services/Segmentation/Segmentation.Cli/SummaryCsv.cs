using System.Globalization;
using Loyalty.Segmentation.Engine.Models;

namespace Loyalty.Segmentation.Cli;

/// <summary>
/// Summary files: a header naming id, frequency, recency, T and optionally monetary_value (or the CDNOW names ID, x,
/// t_x, T, zbar), any order, any case. Every line is checked; the first bad one is reported by number.
/// </summary>
public static class SummaryCsv
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "id", ["customer_id"] = "id", ["frequency"] = "frequency", ["x"] = "frequency", ["recency"] = "recency", ["t_x"] = "recency",
        ["T"] = "T", ["monetary_value"] = "monetary_value", ["zbar"] = "monetary_value",
    };

    public static (List<CustomerSummary> Customers, bool HasMonetary) Read(TextReader reader, bool monetaryRequired = false)
    {
        var header = reader.ReadLine() ?? throw new UsageException("Line 1: the file is empty; expected a header id,frequency,recency,T[,monetary_value].");
        var columns = header.Split(',').Select((name, i) => (Name: Aliases.GetValueOrDefault(name.Trim()), Index: i)).Where(c => c.Name is not null)
            .GroupBy(c => c.Name!).ToDictionary(g => g.Key, g => g.First().Index);
        var missing = new[] { "id", "frequency", "recency", "T" }.Concat(monetaryRequired ? ["monetary_value"] : []).Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new UsageException($"Line 1: missing column(s) {string.Join(", ", missing)} (also accepted: ID, x, t_x, zbar).");
        }

        var hasMonetary = columns.ContainsKey("monetary_value");
        var customers = new List<CustomerSummary>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(',');
            string Field(string column) => columns[column] < fields.Length ? fields[columns[column]].Trim()
                : throw new UsageException($"Line {lineNumber}: too few fields ({fields.Length}).");
            double Number(string column) => double.TryParse(Field(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0
                ? v
                : throw new UsageException($"Line {lineNumber}: {column} \"{Field(column)}\" must be a non-negative number.");

            var frequency = Number("frequency");
            if (frequency != Math.Floor(frequency))
            {
                throw new UsageException($"Line {lineNumber}: frequency must be a whole number of repeat purchases.");
            }

            var (recency, t) = (Number("recency"), Number("T"));
            if (recency > t)
            {
                throw new UsageException($"Line {lineNumber}: recency {recency.ToString(CultureInfo.InvariantCulture)} is greater than T {t.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (frequency == 0 && recency != 0)
            {
                throw new UsageException($"Line {lineNumber}: recency must be 0 when frequency is 0.");
            }

            customers.Add(new CustomerSummary(Field("id"), (int)frequency, recency, t, hasMonetary ? Number("monetary_value") : null));
        }

        return (customers, hasMonetary);
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
