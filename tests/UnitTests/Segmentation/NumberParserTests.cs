using System.Globalization;
using System.Text;
using Loyalty.Segmentation.Cli;

namespace Loyalty.UnitTests.Segmentation;

public class NumberParserTests
{
    [Fact]
    public void Parses_every_text_exactly_as_double_TryParse_does()
    {
        var random = new Random(11);
        var texts = new List<string> { "", ".", "1.", ".5", "0", "00012", "1e3", "-1", "+1", "1_0", " 1", "NaN",
            "Infinity", "123456789012345", "1234567890123456", "0.1", "0.30000000000000004", "9007199254740993",
            "1.0000000000000000000000001" };
        texts.AddRange(Enumerable.Range(0, 20_000).Select(i => (i % 4) switch
        {
            0 => (random.Next(0, 400) / 7.0).ToString("R", CultureInfo.InvariantCulture), // recency / T in weeks
            1 => Math.Round(random.NextDouble() * 5_000, 2).ToString(CultureInfo.InvariantCulture), // money
            2 => (random.NextDouble() * Math.Pow(10, random.Next(-5, 20))).ToString("R", CultureInfo.InvariantCulture),
            _ => random.Next().ToString(CultureInfo.InvariantCulture),
        }));

        var parser = new NumberParser();
        foreach (var text in texts.Concat(texts))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var expectedOk = double.TryParse(bytes, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);
            var ok = parser.TryParse(bytes, out var actual);
            Assert.True(expectedOk == ok && (!ok || BitConverter.DoubleToInt64Bits(expected)
                == BitConverter.DoubleToInt64Bits(actual)), $"\"{text}\": {expected} vs {actual}");
        }
    }
}
