using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.Segmentation.Bench;

/// <summary>
/// Purchase histories drawn from the BG/NBD story itself, so most members buy once and a few buy often: each member
/// joins on a random day of the first quarter, buys at a Gamma(r = 0.25, α = 4)-distributed weekly rate and, after each
/// repeat purchase, leaves for good with a Beta(a = 0.8, b = 2.4)-distributed probability. Amounts are Gamma-distributed around 180 CNY.
/// </summary>
public static class SyntheticBase
{
    public static List<Transaction> Generate(int members, DateOnly start, DateOnly end, int seed)
    {
        var random = new Random(seed);
        var transactions = new List<Transaction>(members * 2);
        var days = end.DayNumber - start.DayNumber;
        for (var m = 0; m < members; m++)
        {
            var id = m.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var weeklyRate = Gamma(random, 0.25) / 4.0;
            var dropout = Beta(random, 0.8, 2.4);
            var day = (double)random.Next(0, 90);
            var spendScale = Gamma(random, 4) * 45;
            transactions.Add(Purchase(random, id, start, day, spendScale));
            while (true)
            {
                day += -Math.Log(1 - random.NextDouble()) / weeklyRate * 7;
                if (day > days)
                {
                    break;
                }

                transactions.Add(Purchase(random, id, start, day, spendScale));

                // BG/NBD: a member may leave only after a repeat purchase, never right after the first.
                if (random.NextDouble() < dropout)
                {
                    break;
                }
            }
        }

        return transactions;
    }

    private static Transaction Purchase(Random random, string id, DateOnly start, double day, double spendScale) =>
        new(id, start.AddDays((int)day), Math.Round((decimal)(Gamma(random, 6) * spendScale / 6), 2));

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 by the usual boost.</summary>
    private static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            return Gamma(random, shape + 1) * Math.Pow(random.NextDouble(), 1 / shape);
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = random.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    private static double Beta(Random random, double a, double b)
    {
        var x = Gamma(random, a);
        return x / (x + Gamma(random, b));
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
