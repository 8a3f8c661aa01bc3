using Loyalty.Segmentation.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;
using static Loyalty.Segmentation.Engine.Numerics.RandomDraws;

namespace Loyalty.IntegrationTests.Segmentation;

/// <summary>How a drawn base's members buy.</summary>
internal enum DrawnStory
{
    /// <summary>BG/NBD: a gamma-distributed weekly rate; after each repeat purchase she leaves with a beta-distributed
    /// probability.</summary>
    BgNbd,

    /// <summary>Pareto/NBD: the same rates, and an exponential lifetime (gamma-distributed death rate), so she can
    /// leave at any time, also before any repeat purchase.</summary>
    ParetoNbd,

    /// <summary>Too uniform to fit: every member buys twice, a week apart, and never again (no spread in the rates:
    /// the estimates run off to the boundary).</summary>
    TwiceAWeekApart,

    /// <summary>One purchase each: nobody has come back.</summary>
    OnceEach,
}

/// <summary>
/// Purchase histories drawn, seeded, from a purchase-count story over the last <c>weeks</c> weeks (members join in its
/// first half), with Gamma-Gamma spend (a member's mean spend gamma-distributed, her purchases gamma around it), and
/// stored straight into the Segmentation database (members as placeholders with their purchases), as the consumers
/// would have stored them.
/// </summary>
internal static class DrawnHistories
{
    public static List<MemberPurchase> Draw(DrawnStory story, int members, DateOnly today, int weeks, int seed) =>
        Draw(story, Enumerable.Range(0, members).Select(_ => Guid.CreateVersion7()).ToList(), today, weeks, seed);

    /// <summary>Histories for these members.</summary>
    public static List<MemberPurchase> Draw(
        DrawnStory story, IReadOnlyList<Guid> members, DateOnly today, int weeks, int seed)
    {
        var random = new Random(seed);
        var purchases = new List<MemberPurchase>();
        var span = weeks * 7.0;
        foreach (var member in members)
        {
            var rate = Gamma(random, 0.6) / 3.0; // purchases a week: mean 0.2
            var dropout = Beta(random, 1.0, 3.0);
            var lifetime = -Math.Log(1 - random.NextDouble()) / (Gamma(random, 0.8) / 40.0) * 7; // days
            var meanSpend = Gamma(random, 4) * 250; // CNY
            var day = random.NextDouble() * span / 2;
            var joined = day;
            void Buy(double at) => purchases.Add(Purchase(member, today.AddDays(-(int)(span - at)),
                Math.Round((decimal)(Gamma(random, 6) * meanSpend / 6) + 1, 2)));
            Buy(day);
            while (story != DrawnStory.OnceEach)
            {
                day += story == DrawnStory.TwiceAWeekApart ? 7 : -Math.Log(1 - random.NextDouble()) / rate * 7;
                if (day > span || (story == DrawnStory.ParetoNbd && day - joined > lifetime))
                {
                    break;
                }

                Buy(day);
                if ((story == DrawnStory.BgNbd && random.NextDouble() < dropout) || story == DrawnStory.TwiceAWeekApart)
                {
                    break;
                }
            }
        }

        return purchases;
    }

    public static Task StoreAsync(SegmentationHost host, IReadOnlyCollection<MemberPurchase> purchases) =>
        host.WithScopeAsync(async (_, db) =>
        {
            var known = await db.Members.Select(m => m.Id).ToListAsync();
            db.Members.AddRange(purchases.Select(p => p.MemberId).Distinct().Except(known)
                .Select(SegmentMember.Placeholder));
            db.Purchases.AddRange(purchases);
            return await db.SaveChangesAsync();
        });

    private static MemberPurchase Purchase(Guid member, DateOnly day, decimal amount) =>
        MemberPurchase.Record(Guid.NewGuid(), member,
            new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)), amount);
}
