using System.Buffers.Binary;
using System.Globalization;

namespace Loyalty.Segmentation.Cli;

/// <summary>
/// Parses one column's numbers (UTF-8) to double, exactly as
/// <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>
/// does, faster for the common shapes:
/// plain decimals of at most 15 significant digits are digits / 10^k (both exact in binary, so the one division is
/// correctly rounded: Clinger's fast path); longer texts (round-trip "R" output such as 40.857142857142854) are
/// remembered by their bytes while the column has few distinct ones (recency and T in whole days do).
/// </summary>
internal sealed class NumberParser
{
    private const int MaxCached = 4096;
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private readonly ulong[] keys = new ulong[3 * MaxCached * 2];
    private readonly int[] lengths = new int[MaxCached * 2];
    private readonly double[] values = new double[MaxCached * 2];
    private int cached;

    public bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        if (TryPlainDecimal(text, out value))
        {
            return true;
        }

        if (text.Length is 0 or > 24 || cached >= MaxCached)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        Span<byte> padded = stackalloc byte[24];
        padded.Clear();
        text.CopyTo(padded);
        var (a, b, c) = (
            BinaryPrimitives.ReadUInt64LittleEndian(padded),
            BinaryPrimitives.ReadUInt64LittleEndian(padded[8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(padded[16..]));
        var mask = lengths.Length - 1;
        var h = (int)((((a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ (c * 0x165667B19E3779F9UL)) >> 40)
            & (ulong)mask);
        for (; lengths[h] != 0; h = (h + 1) & mask)
        {
            if (lengths[h] == text.Length && keys[3 * h] == a && keys[(3 * h) + 1] == b && keys[(3 * h) + 2] == c)
            {
                value = values[h];
                return true;
            }
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        (keys[3 * h], keys[(3 * h) + 1], keys[(3 * h) + 2], lengths[h], values[h]) = (a, b, c, text.Length, value);
        cached++;
        return true;
    }

    /// <summary>digits[.digits] with 1–15 significant digits and at most 22 after the point.</summary>
    private static bool TryPlainDecimal(ReadOnlySpan<byte> text, out double value)
    {
        var (mantissa, digits, fraction, point) = (0L, 0, 0, false);
        foreach (var ch in text)
        {
            var d = ch - (byte)'0';
            if ((uint)d <= 9)
            {
                if (mantissa != 0 || d != 0)
                {
                    digits++;
                }

                mantissa = (mantissa * 10) + d;
                fraction += point ? 1 : 0;
                if (digits > 15 || fraction > 22)
                {
                    value = 0;
                    return false;
                }
            }
            else if (ch == (byte)'.' && !point)
            {
                point = true;
            }
            else
            {
                value = 0;
                return false;
            }
        }

        var anyDigit = text.Length > (point ? 1 : 0);
        value = (double)mantissa / PowersOfTen[fraction];
        return anyDigit;
    }
}
