using System.Globalization;

namespace Loyalty.Segmentation.Engine.Summaries;

/// <summary>
/// Reads transactions from the CDNOW whitespace format ("id date(yyyyMMdd) cds value", or the sample's "master-id
/// sample-id date cds value", in which case the sample id is the customer) or from CSV with the header
/// customer_id,date,amount (dates yyyy-MM-dd or yyyyMMdd). A header line of the CDNOW master is skipped.
/// </summary>
public static class TransactionReader
{
    public static IEnumerable<Transaction> Read(TextReader reader)
    {
        var lineNumber = 0;
        bool? csv = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (lineNumber == 1 && line.Any(char.IsLetter))
            {
                csv = line.Contains(',');
                if (csv == true
                    && !line.Replace(" ", "").Equals("customer_id,date,amount", StringComparison.OrdinalIgnoreCase))
                {
                    throw new FormatException("Line 1: a CSV header must be customer_id,date,amount.");
                }

                continue;
            }

            csv ??= line.Contains(',');
            var fields = csv == true
                ? line.Split(',', StringSplitOptions.TrimEntries)
                : line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            yield return Parse(fields, csv == true, lineNumber);
        }
    }

    private static Transaction Parse(string[] fields, bool csv, int line)
    {
        var (id, date, amount) = (csv, fields.Length) switch
        {
            (true, 3) => (fields[0], fields[1], fields[2]),
            (false, 4) => (fields[0], fields[1], fields[3]),
            (false, 5) => (fields[1], fields[2], fields[4]),
            _ => throw new FormatException($"Line {line}: expected {(csv
                ? "customer_id,date,amount"
                : "id date cds value (or master-id sample-id date cds value)")}."),
        };
        if (!DateOnly.TryParseExact(
            date, ["yyyyMMdd", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new FormatException($"Line {line}: date \"{date}\" is not yyyyMMdd or yyyy-MM-dd.");
        }

        if (!decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new FormatException($"Line {line}: amount \"{amount}\" is not a non-negative number.");
        }

        // CDNOW ids are zero-padded ("0001"); its summaries say "1".
        return new Transaction(!csv && id.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : id, day, value);
    }
}
