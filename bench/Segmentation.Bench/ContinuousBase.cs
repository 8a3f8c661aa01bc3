using System.Globalization;
using static Loyalty.Segmentation.Engine.Numerics.RandomDraws;

namespace Loyalty.Segmentation.Bench;

/// <summary>
/// A summary file drawn from the BG/NBD process in continuous time, as lifetimes' beta_geometric_nbd_model generator
/// draws it: each customer is observed for T ~ Uniform(1, 78) weeks from the first purchase, buys at a rate
/// λ ~ Gamma(r = 0.243, α = 4.414) per week with exponential gaps, and after each repeat purchase leaves with
/// probability p ~ Beta(a = 0.793, b = 2.426) (the CDNOW estimates). Recency and T are not rounded, so almost no two
/// customers share (x, tₓ, T): the case where grouping does not help. The mean repeat spend is Gamma-Gamma's
/// (p = 6.25, q = 3.74, v = 15.44): ν ~ Gamma(q, v), the mean of x purchases Gamma(p·x, ν·x).
/// </summary>
public static class ContinuousBase
{
    public static void Write(string path, int customers, int seed)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
        writer.WriteLine("id,frequency,recency,T,monetary_value");
        Span<char> line = stackalloc char[160];
        for (var i = 0; i < customers; i++)
        {
            var t = 1 + (77 * random.NextDouble());
            var rate = Gamma(random, 0.243) / 4.414;
            var dropout = Beta(random, 0.793, 2.426);
            var (x, tx, time) = (0, 0d, 0d);
            while (rate > 0)
            {
                time += -Math.Log(1 - random.NextDouble()) / rate;
                if (time >= t)
                {
                    break;
                }

                (x, tx) = (x + 1, time);
                if (random.NextDouble() < dropout)
                {
                    break;
                }
            }

            var monetary = x == 0 ? 0 : Gamma(random, 6.25 * x) / (Gamma(random, 3.74) / 15.44 * x);
            line.TryWrite(CultureInfo.InvariantCulture, $"{i},{x},{tx:R},{t:R},{monetary:R}", out var written);
            writer.WriteLine(line[..written]);
        }
    }
}
