using static Loyalty.Segmentation.Engine.Numerics.RandomDraws;

namespace Loyalty.DemoChain;

/// <summary>
/// Draws the demo chain from the BG/NBD story: each member buys as a Poisson process whose weekly rate is drawn from
/// a gamma distribution, and after each purchase drops out for good with a probability drawn from a beta
/// distribution. Most members buy once or twice, a few often. Each member has her own random stream (seed and
/// index), so the first 60 members of a 3,000-member chain are the 60 members of a 60-member chain.
/// </summary>
public static class DemoChainGenerator
{
    public const int DefaultSeed = 2026;

    /// <summary>The purchase process's parameters (weeks): rate ~ Gamma(r, α), dropout ~ Beta(a, b).</summary>
    public static readonly (double R, double Alpha, double A, double B) Process = (0.6, 4.0, 0.8, 3.2);

    /// <summary>Share of members who buy on the day they register (the others registered and have not bought).</summary>
    public const double FirstVisitPurchase = 0.85;

    /// <summary>
    /// Share of the members who agree to messages who also agree to surveys and care follow-ups by SMS (about three
    /// in four members).
    /// </summary>
    public const double FeedbackConsent = 0.9;

    private const int HistoryDays = 365;

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The plan for <paramref name="members"/> members whose history ends the day before
    /// <paramref name="today"/> (a clinic date, Asia/Shanghai).</summary>
    public static DemoChainPlan Generate(int members, DateOnly today, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(members);
        var historyEnd = ClinicInstant(today, TimeSpan.Zero);
        var people = new List<DemoMember>(members);
        var purchases = new List<DemoPurchase>();
        for (var index = 0; index < members; index++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + index));
            var member = DrawMember(random, seed, index, today);
            people.Add(member);
            purchases.AddRange(DrawPurchases(random, seed, member, historyEnd));
        }

        purchases.Sort((x, y) => x.PaidAt.CompareTo(y.PaidAt) is var byTime and not 0
            ? byTime
            : string.CompareOrdinal(x.ExternalOrderId, y.ExternalOrderId));
        return new DemoChainPlan(seed, people, purchases);
    }

    /// <summary>
    /// A phone per index, distinct for the first 10⁸ indexes (7,919 is prime to 10⁸), moved by the seed.
    /// </summary>
    public static string PhoneOf(int seed, int index) =>
        $"186{((long)seed * 104_729 + (long)index * 7_919) % 100_000_000:D8}";

    private static DemoMember DrawMember(Random random, int seed, int index, DateOnly today)
    {
        var female = random.NextDouble() < 0.88;
        var name = Pick(random, DemoCatalog.Surnames) + Pick(random, DemoCatalog.GivenNames)
            + (random.NextDouble() < 0.6 ? Pick(random, DemoCatalog.GivenNames) : "");
        var age = 22 + random.Next(29);
        var birthDate = today.AddYears(-age).AddDays(-random.Next(365));
        var home = PickWeighted(random, DemoCatalog.Clinics, c => c.Share).StoreId;
        var tags = DemoCatalog.InterestTags.Where(_ => random.NextDouble() < 0.25).ToArray();
        var registeredOn = today.AddDays(-1 - random.Next(HistoryDays));
        var registeredAt = ClinicInstant(registeredOn, OpeningTime(random));
        var consents = new List<DemoConsent>();
        if (random.NextDouble() < 0.7)
        {
            consents.Add(new DemoConsent("Sms", "Marketing"));
        }

        if (random.NextDouble() < 0.45)
        {
            consents.Add(new DemoConsent("WeChat", "Marketing"));
        }

        // Among those who agree to messages at all; drawn from a stream of its own, so the purchases drawn after it
        // stay those of earlier demo chains.
        if (consents.Count > 0 && new Random(unchecked((seed * 7_368_787) + index)).NextDouble() < FeedbackConsent)
        {
            consents.Add(new DemoConsent("Sms", "Feedback"));
        }

        string[] sources = ["front-desk", "wechat-mini", "app"];
        return new DemoMember(
            index, PhoneOf(seed, index), name, female ? "Female" : "Male", birthDate, home,
            Pick(random, DemoCatalog.SkinTypes), tags, registeredAt, consents, Pick(random, sources),
            random.NextDouble(), Pick(random, DemoCatalog.CampaignOffers));
    }

    private static IEnumerable<DemoPurchase> DrawPurchases(
        Random random, int seed, DemoMember member, DateTimeOffset historyEnd)
    {
        // Drawn whether or not she buys, so each member's stream has the same length up to here.
        var weeklyRate = Gamma(random, Process.R) / Process.Alpha;
        var dropout = Beta(random, Process.A, Process.B);
        if (random.NextDouble() >= FirstVisitPurchase)
        {
            yield break;
        }

        var at = member.RegisteredAt.AddMinutes(20 + random.Next(40));
        for (var n = 0; at < historyEnd; n++)
        {
            var store = StoreOf(random, member);
            yield return new DemoPurchase($"DEMO-{seed}-{member.Index:D5}-{n:D3}", member.Index, store, at,
                Basket(random), DemoCatalog.AdvisorOf(store, member.Index + n));
            if (random.NextDouble() < dropout || weeklyRate <= 0)
            {
                yield break;
            }

            var weeks = -Math.Log(1 - random.NextDouble()) / weeklyRate;
            if (weeks * 7 > HistoryDays * 2)
            {
                yield break;
            }

            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at.AddDays(weeks * 7), Shanghai).DateTime);
            at = Later(ClinicInstant(day, OpeningTime(random)), at);
        }
    }

    /// <summary>Nine in ten visits at home; the rest at another clinic of the chain.</summary>
    private static string StoreOf(Random random, DemoMember member) =>
        random.NextDouble() < 0.9 ? member.HomeStoreId : Pick(random, DemoCatalog.Clinics).StoreId;

    /// <summary>One or two treatments at list price or a usual discount, in whole yuan.</summary>
    private static DemoItem[] Basket(Random random)
    {
        var lines = random.NextDouble() < 0.25 ? 2 : 1;
        var items = new DemoItem[lines];
        for (var i = 0; i < lines; i++)
        {
            var treatment = PickWeighted(random, DemoCatalog.Menu, t => t.Share);
            items[i] = Line(treatment, random);
        }

        return items;
    }

    /// <summary>A line for one treatment at list price or a usual discount, in whole yuan.</summary>
    public static DemoItem Line(Treatment treatment, Random random)
    {
        decimal[] discounts = [1.00m, 1.00m, 0.95m, 0.90m, 0.88m, 0.80m];
        var amount = decimal.Round(treatment.ListPrice * discounts[random.Next(discounts.Length)], 0);
        return new DemoItem(treatment.Sku, treatment.Category, 1, amount);
    }

    private static DateTimeOffset Later(DateTimeOffset candidate, DateTimeOffset previous) =>
        candidate > previous ? candidate : previous.AddMinutes(30);

    /// <summary>A time of day while the clinics are open (10:00 to 20:30).</summary>
    private static TimeSpan OpeningTime(Random random) => TimeSpan.FromMinutes(600 + random.Next(630));

    private static DateTimeOffset ClinicInstant(DateOnly day, TimeSpan timeOfDay)
    {
        var local = day.ToDateTime(TimeOnly.MinValue) + timeOfDay;
        return new DateTimeOffset(local, Shanghai.GetUtcOffset(local));
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static T PickWeighted<T>(Random random, IReadOnlyList<T> items, Func<T, double> weight)
    {
        var target = random.NextDouble() * items.Sum(weight);
        foreach (var item in items)
        {
            target -= weight(item);
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}
