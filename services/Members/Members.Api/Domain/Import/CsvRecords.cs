using System.Text;

namespace Loyalty.Members.Api.Domain.Import;

/// <summary>
/// RFC 4180 records from a text stream: comma-separated, fields optionally in double quotes (which may hold commas,
/// doubled quotes and line breaks), CRLF or LF line ends. Blank lines are skipped. Each record carries the line it
/// starts on, so errors point at the row as a spreadsheet shows it.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, recordLine, inQuotes, quotedField) = (1, 1, false, false);
        while (true)
        {
            var next = reader.Read();
            if (next == -1)
            {
                if (field.Length > 0 || fields.Count > 0 || quotedField)
                {
                    fields.Add(field.ToString());
                    yield return (recordLine, fields.ToArray());
                }

                yield break;
            }

            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    (inQuotes, quotedField) = (true, true);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    (field.Length, quotedField) = (0, false);
                    break;
                case '\r':
                    break;
                case '\n':
                    if (field.Length > 0 || fields.Count > 0 || quotedField)
                    {
                        fields.Add(field.ToString());
                        yield return (recordLine, fields.ToArray());
                    }

                    (fields, field.Length, quotedField) = (new List<string>(fields.Count), 0, false);
                    recordLine = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
    }
}
