namespace Loyalty.Segmentation.Bench;

/// <summary>
/// Purchase histories drawn from the BG/NBD story itself, so most members buy once and a few buy often: each member
/// joins on a random day of the first quarter, buys at a Gamma(r = 0.25, α = 4)-distributed weekly rate and, after each
/// repeat purchase, leaves for good with a Beta(a = 0.8, b = 2.4)-distributed
/// probability. Amounts are Gamma-distributed around 180 CNY.
/// </summary>
public static class SyntheticBase
{
    /// <summary>The base as columns: customer index, day number and amount
    /// per transaction, customers in order, days ascending.</summary>
    public static (int[] Customer, int[] DayNumber, decimal[] Amount) Generate(
        int members,
        DateOnly start,
        DateOnly end,
        int seed)
    {
        // Drawn twice with the same seed: once to count, once into arrays of exactly that size (no growth, no copies).
        var count = 0;
        Draw(members, start, end, seed, (_, _, _) => count++);
        var (customer, day, amount) = (new int[count], new int[count], new decimal[count]);
        var k = 0;
        Draw(members, start, end, seed, (m, d, a) => (customer[k], day[k], amount[k++]) = (m, d, a));
        return (customer, day, amount);
    }

    private static void Draw(int members, DateOnly start, DateOnly end, int seed, Action<int, int, decimal> purchase)
    {
        var random = new Random(seed);
        var days = end.DayNumber - start.DayNumber;
        for (var m = 0; m < members; m++)
        {
            var weeklyRate = Gamma(random, 0.25) / 4.0;
            var dropout = Beta(random, 0.8, 2.4);
            var day = (double)random.Next(0, 90);
            var spendScale = Gamma(random, 4) * 45;
            purchase(m, start.DayNumber + (int)day, Amount(random, spendScale));
            while (true)
            {
                day += -Math.Log(1 - random.NextDouble()) / weeklyRate * 7;
                if (day > days)
                {
                    break;
                }

                purchase(m, start.DayNumber + (int)day, Amount(random, spendScale));

                // BG/NBD: a member may leave only after a repeat purchase, never right after the first.
                if (random.NextDouble() < dropout)
                {
                    break;
                }
            }
        }
    }

    private static decimal Amount(Random random, double spendScale) =>
        Math.Round((decimal)(Gamma(random, 6) * spendScale / 6), 2);

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
