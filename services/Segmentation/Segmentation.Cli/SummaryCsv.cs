using System.Globalization;
using System.Text;
using Loyalty.Segmentation.Engine.Models;

namespace Loyalty.Segmentation.Cli;

/// <summary>
/// Summary files: a header naming id, frequency, recency, T and optionally monetary_value (or the CDNOW names ID, x,
/// t_x, T, zbar), any order, any case. Every line is checked; the first bad one is reported by number. Read as bytes
/// in large blocks and parsed in place (no string per line or field), straight into columns sized by a first pass
/// that counts the lines. For Gamma-Gamma alone (<c>spendOnly</c>) a lifetimes user's id,frequency,monetary_value
/// will do: recency and T are then read if present and 0 otherwise (the spend model does not use them).
/// </summary>
public static class SummaryCsv
{
    private const int Block = 1 << 20;

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "id", ["customer_id"] = "id", ["frequency"] = "frequency", ["x"] = "frequency",
        ["recency"] = "recency", ["t_x"] = "recency",
        ["T"] = "T", ["monetary_value"] = "monetary_value", ["zbar"] = "monetary_value",
    };

    private static readonly string[] Required = ["id", "frequency", "recency", "T"];

    public static SummaryTable Read(string file, bool monetaryRequired = false, bool spendOnly = false)
    {
        var lines = CountLines(file);
        using var stream = new FileStream(
            file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Read(stream, lines, monetaryRequired, spendOnly);
    }

    public static SummaryTable Read(
        Stream stream, long lineCapacity, bool monetaryRequired = false, bool spendOnly = false)
    {
        var parser = new Parser(stream);
        if (!parser.NextLine(out var headerLine))
        {
            throw new UsageException(
                "Line 1: the file is empty; expected a header id,frequency,recency,T[,monetary_value].");
        }

        var header = Encoding.UTF8.GetString(headerLine.StartsWith("\uFEFF"u8) ? headerLine[3..] : headerLine);
        var columns = header.Split(',')
            .Select((name, i) => (Name: Aliases.GetValueOrDefault(name.Trim()), Index: i))
            .Where(c => c.Name is not null)
            .GroupBy(c => c.Name!).ToDictionary(g => g.Key, g => g.First().Index);
        var missing = (spendOnly ? ["id", "frequency", "monetary_value"] : Required)
            .Concat(monetaryRequired ? ["monetary_value"] : [])
            .Distinct()
            .Where(c => !columns.ContainsKey(c))
            .ToList();
        if (missing.Count > 0)
        {
            throw new UsageException(
                $"Line 1: missing column(s) {string.Join(", ", missing)} (also accepted: ID, x, t_x, zbar).");
        }

        var hasTimes = columns.ContainsKey("recency") && columns.ContainsKey("T");

        var hasMonetary = columns.ContainsKey("monetary_value");
        int[] wanted =
        [
            columns["id"], columns["frequency"], hasTimes ? columns["recency"] : -1, hasTimes ? columns["T"] : -1,
            hasMonetary ? columns["monetary_value"] : -1,
        ];
        var lastWanted = wanted.Max();
        var capacity = (int)Math.Max(0, lineCapacity - 1);
        var (frequency, recency, t, monetary) =
            (new int[capacity], new double[capacity], new double[capacity], hasMonetary ? new double[capacity] : null);
        var (idBytes, idStart) = (new byte[Math.Max(16, capacity * 8)], new int[capacity + 1]);
        Span<Range> fields = stackalloc Range[5];
        var (frequencyParser, recencyParser, tParser, monetaryParser) =
            (new NumberParser(), new NumberParser(), new NumberParser(), new NumberParser());
        var (rows, lineNumber) = (0, 1);
        while (parser.NextLine(out var line))
        {
            lineNumber++;
            if (IsBlank(line))
            {
                continue;
            }

            // Cut out the wanted fields (by column index) in one scan of the line.
            var (field, from) = (0, 0);
            for (var i = 0; i <= line.Length && field <= lastWanted; i++)
            {
                if (i == line.Length || line[i] == (byte)',')
                {
                    for (var w = 0; w < wanted.Length; w++)
                    {
                        if (wanted[w] == field)
                        {
                            fields[w] = Trim(line, from, i);
                        }
                    }

                    (field, from) = (field + 1, i + 1);
                }
            }

            if (field <= lastWanted)
            {
                throw new UsageException($"Line {lineNumber}: too few fields ({field}).");
            }

            if (rows == frequency.Length)
            {
                var grown = Math.Max(16, rows * 2);
                Array.Resize(ref frequency, grown);
                Array.Resize(ref recency, grown);
                Array.Resize(ref t, grown);
                Array.Resize(ref idStart, grown + 1);
                if (monetary is not null)
                {
                    Array.Resize(ref monetary, grown);
                }
            }

            var x = Number(frequencyParser, line, fields[1], "frequency", lineNumber);
            if (x != Math.Floor(x) || x > int.MaxValue)
            {
                throw new UsageException($"Line {lineNumber}: frequency must be a whole number of repeat purchases.");
            }

            var (tx, total) = hasTimes
                ? (Number(recencyParser, line, fields[2], "recency", lineNumber),
                    Number(tParser, line, fields[3], "T", lineNumber))
                : (0, 0);
            if (tx > total)
            {
                throw new UsageException(
                    $"Line {lineNumber}: recency {tx.ToString(CultureInfo.InvariantCulture)} " +
                    $"is greater than T {total.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (x == 0 && tx != 0)
            {
                throw new UsageException($"Line {lineNumber}: recency must be 0 when frequency is 0.");
            }

            (frequency[rows], recency[rows], t[rows]) = ((int)x, tx, total);
            if (monetary is not null)
            {
                monetary[rows] = Number(monetaryParser, line, fields[4], "monetary_value", lineNumber);
            }

            var id = line[fields[0]];
            if (idStart[rows] + id.Length > idBytes.Length)
            {
                Array.Resize(ref idBytes, Math.Max(idBytes.Length * 2, idStart[rows] + id.Length));
            }

            id.CopyTo(idBytes.AsSpan(idStart[rows]));
            idStart[rows + 1] = idStart[rows] + id.Length;
            rows++;
        }

        if (rows < frequency.Length)
        {
            Array.Resize(ref frequency, rows);
            Array.Resize(ref recency, rows);
            Array.Resize(ref t, rows);
            if (monetary is not null)
            {
                Array.Resize(ref monetary, rows);
            }
        }

        return new SummaryTable(idBytes, idStart, new SummaryColumns(frequency, recency, t, monetary), hasMonetary);
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Lines in the file (newlines, plus one for a last line without): the size of the columns.</summary>
    private static long CountLines(string file)
    {
        using var stream = new FileStream(
            file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[Block];
        var (lines, last) = (0L, (byte)'\n');
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return lines + (last == (byte)'\n' ? 0 : 1);
    }

    private static double Number(
        NumberParser parser,
        ReadOnlySpan<byte> line,
        Range field,
        string column,
        int lineNumber) =>
        parser.TryParse(line[field], out var v) && double.IsFinite(v) && v >= 0
            ? v
            : throw new UsageException(
                $"Line {lineNumber}: {column} \"{Encoding.UTF8.GetString(line[field])}\" " +
                "must be a non-negative number.");

    private static Range Trim(ReadOnlySpan<byte> line, int from, int to)
    {
        while (from < to && IsSpace(line[from]))
        {
            from++;
        }

        while (to > from && IsSpace(line[to - 1]))
        {
            to--;
        }

        return from..to;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (!IsSpace(b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(byte b) =>
        b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\v' or (byte)'\f';

    /// <summary>
    /// Lines of a stream as spans into a block buffer (a line longer than the buffer grows it);
    /// "\r\n" and "\n" both end a line.
    /// </summary>
    private sealed class Parser(Stream stream)
    {
        private byte[] buffer = new byte[Block];
        private int start;
        private int end;
        private bool done;

        public bool NextLine(out ReadOnlySpan<byte> line)
        {
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    line = WithoutCr(buffer.AsSpan(start, newline));
                    start += newline + 1;
                    return true;
                }

                if (done)
                {
                    if (start < end)
                    {
                        line = WithoutCr(buffer.AsSpan(start, end - start));
                        start = end;
                        return true;
                    }

                    line = default;
                    return false;
                }

                // Keep the partial line, then fill the rest of the buffer.
                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    (end, start) = (end - start, 0);
                }

                if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                (end, done) = (end + read, read == 0);
            }
        }

        private static ReadOnlySpan<byte> WithoutCr(ReadOnlySpan<byte> line) =>
            line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
    }
}
