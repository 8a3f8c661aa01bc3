using Loyalty.Segmentation.Api.Domain.Scoring;
using Loyalty.Segmentation.Engine.Rfm;

namespace Loyalty.UnitTests.Segmentation;

/// <summary>The service's one-member scoring (after a purchase or refund)
/// agrees with the engine's full run over the same base.</summary>
public class SingleMemberScoringTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(1, 7)]
    [InlineData(2, 10)]
    [InlineData(3, 57)]
    [InlineData(4, 200)]
    public void Scoring_one_member_against_the_rest_gives_what_the_full_run_gives(int seed, int size)
    {
        var random = new Random(seed);
        var members = Enumerable.Range(0, size).Select(i => new MemberActivity(
            $"m{i}", random.Next(1, 6), Today.AddDays(-random.Next(0, 90)), random.Next(1, 8) * 100m)).ToList();
        var full = RfmRules.Score(members, Today);

        foreach (var member in members)
        {
            var others = members.Where(m => m != member).ToList();
            var k = SingleMemberScoring.VipRank(members.Count);
            var top = others.Select(o => o.Spend).OrderDescending().Skip(Math.Max(k - 2, 0)).Take(2).ToList();
            var stats = new PopulationStats(
                others.Count,
                others.Sum(o => o.Spend),
                others.Count(o => o.LastPurchase < member.LastPurchase),
                others.Count(o => o.Purchases < member.Purchases),
                others.Count(o => o.Spend < member.Spend),
                top);
            Assert.Equal(full.Single(s => s.MemberId == member.MemberId),
                SingleMemberScoring.Score(member, stats, Today));
        }
    }

    /// <summary>The layer edges as the service meets them: a base of
    /// the member and one other whose spend sets the mean.</summary>
    [Theory]
    [InlineData(7, 1, 100, 200, "New")] // mean 150: 100 < mean, R = 7
    [InlineData(8, 1, 100, 200, "Unlayered")]
    [InlineData(7, 1, 150, 150, "Unlayered")] // spend equal to the mean is not below it
    [InlineData(30, 2, 150, 150, "Active")] // R = 30, spend = mean
    [InlineData(31, 2, 150, 150, "Unlayered")]
    [InlineData(30, 2, 149.99, 150.01, "Unlayered")] // just below the mean
    [InlineData(61, 1, 150, 150, "Dormant")] // R = 61 > 60, spend = mean
    [InlineData(60, 1, 150, 150, "Unlayered")]
    [InlineData(61, 3, 149.99, 150.01, "Unlayered")]
    public void Layer_edges_hold_for_one_member_scored_between_nightly_runs(
        int days,
        int purchases,
        decimal spend,
        decimal otherSpend,
        string layer)
    {
        var member = new MemberActivity("m", purchases, Today.AddDays(-days), spend);
        var stats = new PopulationStats(1, otherSpend, 0, 0, otherSpend < spend ? 1 : 0, [otherSpend]);

        var score = SingleMemberScoring.Score(member, stats, Today);

        Assert.Equal(Enum.Parse<LifecycleLayer>(layer), score.Layer);
        Assert.Equal(days, score.RecencyDays);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void A_repeat_customer_is_a_potential_churn_from_31_to_60_days(int days, bool churn)
    {
        var score = SingleMemberScoring.Score(new MemberActivity("m", 2, Today.AddDays(-days), 100m),
            new PopulationStats(0, 0m, 0, 0, 0, []), Today);
        Assert.Equal(churn, score.IsPotentialChurn);
    }
}
