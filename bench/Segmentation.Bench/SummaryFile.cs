using System.Globalization;
using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.Segmentation.Bench;

/// <summary>The synthetic base's calibration summary as the CLI reads
/// it (id,frequency,recency,T,monetary_value; weeks).</summary>
public static class SummaryFile
{
    public static void Write(string path, int members, DateOnly start, DateOnly end, int seed)
    {
        var (customer, dayNumber, amount) = SyntheticBase.Generate(members, start, end, seed);
        var summaries = SummaryBuilder.BuildColumns(customer, dayNumber, amount, members, end,
            TimeUnit.Weeks, out var customerOfRow);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        writer.WriteLine("id,frequency,recency,T,monetary_value");
        Span<char> line = stackalloc char[160];
        for (var i = 0; i < summaries.Count; i++)
        {
            line.TryWrite(
                CultureInfo.InvariantCulture,
                $"{customerOfRow[i]},{summaries.Frequency[i]},{summaries.Recency[i]:R}," +
                $"{summaries.T[i]:R},{summaries.MonetaryValue![i]:R}",
                out var written);
            writer.WriteLine(line[..written]);
        }
    }
}
