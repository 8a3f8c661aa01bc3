using System.Text.Json;
using Loyalty.DemoChain;
using Xunit.Abstractions;

namespace Loyalty.UnitTests.DemoChain;

public class DemoChainGeneratorTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly DemoChainPlan Chain = DemoChainGenerator.Generate(3_000, Today);

    [Fact]
    public void The_same_seed_draws_the_same_chain_and_a_smaller_chain_is_its_first_members()
    {
        var again = DemoChainGenerator.Generate(3_000, Today);
        Assert.Equal(JsonSerializer.Serialize(Chain), JsonSerializer.Serialize(again));

        var small = DemoChainGenerator.Generate(60, Today);
        Assert.Equal(JsonSerializer.Serialize(Chain.Members.Take(60)), JsonSerializer.Serialize(small.Members));
        Assert.Equal(
            JsonSerializer.Serialize(Chain.Purchases.Where(p => p.MemberIndex < 60)),
            JsonSerializer.Serialize(small.Purchases));

        var otherSeed = DemoChainGenerator.Generate(60, Today, seed: 7);
        Assert.Empty(otherSeed.Members.Select(m => m.Phone).Intersect(small.Members.Select(m => m.Phone)));
        Assert.Empty(otherSeed.Purchases.Select(p => p.ExternalOrderId)
            .Intersect(small.Purchases.Select(p => p.ExternalOrderId)));
    }

    [Fact]
    public void Most_members_buy_rarely_and_a_few_often()
    {
        var perMember = Chain.Members
            .Select(m => Chain.Purchases.Count(p => p.MemberIndex == m.Index)).OrderDescending().ToArray();
        var once = perMember.Count(n => n == 1);
        var often = perMember.Count(n => n >= 6);
        var topTenthShare = (double)perMember.Take(perMember.Length / 10).Sum() / perMember.Sum();
        output.WriteLine($"purchases {perMember.Sum()}, none {perMember.Count(n => n == 0)}, once {once}, "
            + $"6+ {often}, max {perMember[0]}, top tenth's share {topTenthShare:P0}");

        Assert.True(perMember.Count(n => n <= 2) > perMember.Length / 2, "most members buy at most twice");
        Assert.True(once > perMember.Count(n => n == 2), "buying once is the most common history");
        Assert.InRange(often, perMember.Length / 50, perMember.Length / 5);
        Assert.True(topTenthShare > 0.3, $"the top tenth of members make {topTenthShare:P0} of the purchases");
        Assert.InRange(perMember.Sum(), 2 * perMember.Length, 4 * perMember.Length);
    }

    [Fact]
    public void Purchases_are_in_the_past_year_after_joining_with_positive_decimal_amounts()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var start = new DateTimeOffset(Today.AddDays(-366).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var end = new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        foreach (var purchase in Chain.Purchases)
        {
            var member = Chain.Members[purchase.MemberIndex];
            Assert.InRange(purchase.PaidAt, member.RegisteredAt, end);
            Assert.True(purchase.PaidAt >= start);
            Assert.InRange(TimeZoneInfo.ConvertTime(purchase.PaidAt, shanghai).Hour, 10, 21);
            Assert.All(purchase.Items, item =>
            {
                Assert.True(item.Amount > 0m);
                Assert.Equal(decimal.Round(item.Amount, 2), item.Amount);
            });
            Assert.Contains(purchase.StoreId, DemoCatalog.Clinics.Select(c => c.StoreId));
        }

        Assert.Equal(Chain.Purchases.Count, Chain.Purchases.Select(p => p.ExternalOrderId).Distinct().Count());
        Assert.Equal(Chain.Purchases.OrderBy(p => p.PaidAt).Select(p => p.ExternalOrderId),
            Chain.Purchases.Select(p => p.ExternalOrderId));
        Assert.True(Chain.Purchases.Max(p => p.PaidAt) > end.AddDays(-7), "the history reaches last week");
        Assert.True(Chain.Purchases.Min(p => p.PaidAt) < start.AddDays(14), "and a year back");
    }

    [Fact]
    public void Baskets_look_like_a_medical_aesthetics_clinic()
    {
        var lines = Chain.Purchases.SelectMany(p => p.Items).ToList();
        var byCategory = lines.GroupBy(l => l.Category).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["injectables", "laser", "skincare"], byCategory.Keys.Order());
        Assert.True(byCategory["skincare"].Count > byCategory["injectables"].Count, "skin care is bought most often");
        Assert.True(byCategory["injectables"].Average(l => l.Amount) > 3 * byCategory["skincare"].Average(l => l.Amount),
            "injectables cost several times more");
        var average = Chain.Purchases.Average(p => p.Amount);
        output.WriteLine($"average order {average:F2} CNY");
        Assert.InRange(average, 800m, 5_000m);
    }

    [Fact]
    public void Members_are_distinct_plausible_and_spread_over_the_clinics()
    {
        Assert.Equal(3_000, Chain.Members.Select(m => m.Phone).Distinct().Count());
        Assert.All(Chain.Members, m =>
        {
            Assert.Matches("^1[3-9][0-9]{9}$", m.Phone);
            Assert.InRange(m.RegisteredAt, new DateTimeOffset(Today.AddDays(-366).ToDateTime(TimeOnly.MinValue),
                TimeSpan.FromHours(8)), new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)));
            Assert.InRange(m.BirthDate, Today.AddYears(-52), Today.AddYears(-21));
        });
        Assert.True(Chain.Members.Count(m => m.Gender == "Female") > 0.8 * Chain.Members.Count);
        Assert.Equal(DemoCatalog.Clinics.Count, Chain.Members.Select(m => m.HomeStoreId).Distinct().Count());
        Assert.Equal(3, DemoCatalog.Clinics.Select(c => c.City).Distinct().Count());
        var consenting = Chain.Members.Count(m => m.Consents.Count > 0);
        Assert.InRange(consenting, Chain.Members.Count / 2, Chain.Members.Count * 9 / 10);
    }

    [Fact]
    public void Most_members_agree_to_feedback_by_SMS_and_each_visit_names_an_advisor_of_its_clinic()
    {
        var feedback = Chain.Members.Count(m => m.Consents.Contains(new DemoConsent("Sms", "Feedback")));
        Assert.InRange(feedback, Chain.Members.Count * 6 / 10, Chain.Members.Count * 9 / 10);
        Assert.All(Chain.Purchases, p => Assert.Contains(p.AdvisorId, DemoCatalog.Advisors[p.StoreId]));
        Assert.All(DemoCatalog.Advisors, store => Assert.Equal(store.Value.Length,
            Chain.Purchases.Where(p => p.StoreId == store.Key).Select(p => p.AdvisorId).Distinct().Count()));
    }
}
