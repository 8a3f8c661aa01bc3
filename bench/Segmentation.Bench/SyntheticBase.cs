using static Loyalty.Segmentation.Engine.Numerics.RandomDraws;

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
}
