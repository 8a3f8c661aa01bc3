using System.Globalization;
using System.Text;

namespace Loyalty.Segmentation.Cli;

/// <summary>
/// CSV rows formatted into one large char buffer and written in blocks (no string per row or value); doubles as the
/// shortest text that round-trips, as <see cref="SummaryCsv.Format"/> writes them.
/// </summary>
internal sealed class RowWriter(TextWriter output) : IDisposable
{
    private readonly char[] buffer = new char[1 << 16];
    private int length;

    public RowWriter Utf8(ReadOnlySpan<byte> text)
    {
        Room(Encoding.UTF8.GetMaxCharCount(text.Length));
        length += Encoding.UTF8.GetChars(text, buffer.AsSpan(length));
        return this;
    }

    public RowWriter Comma()
    {
        Room(1);
        buffer[length++] = ',';
        return this;
    }

    public RowWriter Integer(int value)
    {
        Room(11);
        value.TryFormat(buffer.AsSpan(length), out var written, provider: CultureInfo.InvariantCulture);
        length += written;
        return this;
    }

    public RowWriter Number(double value)
    {
        Room(32);
        value.TryFormat(buffer.AsSpan(length), out var written, "R", CultureInfo.InvariantCulture);
        length += written;
        return this;
    }

    public void EndRow()
    {
        Room(Environment.NewLine.Length);
        Environment.NewLine.CopyTo(buffer.AsSpan(length));
        length += Environment.NewLine.Length;
    }

    public void Dispose() => Flush();

    private void Room(int chars)
    {
        if (length + chars > buffer.Length)
        {
            Flush();
        }
    }

    private void Flush()
    {
        output.Write(buffer, 0, length);
        length = 0;
    }
}
