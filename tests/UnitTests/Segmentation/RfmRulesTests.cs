using Loyalty.Segmentation.Api.Domain.Scoring;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Engine.Rfm;

namespace Loyalty.UnitTests.Segmentation;

public class RfmRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(7, 1, 99.99, "New")] // R ≤ 7, F = 1, M < mean 100
    [InlineData(8, 1, 99.99, "Unlayered")]
    [InlineData(7, 1, 100, "Unlayered")] // M = mean is not below it
    [InlineData(7, 2, 99.99, "Unlayered")]
    [InlineData(30, 2, 100, "Active")] // R ≤ 30, F ≥ 2, M ≥ mean
    [InlineData(31, 2, 100, "Unlayered")]
    [InlineData(30, 2, 99.99, "Unlayered")]
    [InlineData(61, 1, 100, "Dormant")] // R > 60, F ≥ 1, M ≥ mean
    [InlineData(60, 1, 100, "Unlayered")]
    [InlineData(61, 1, 99.99, "Unlayered")]
    public void Lifecycle_layers_follow_the_brief_exactly_at_their_edges(
        int days,
        int purchases,
        decimal spend,
        string layer) =>
        Assert.Equal(Enum.Parse<LifecycleLayer>(layer), RfmRules.LayerOf(days, purchases, spend, meanSpend: 100m));

    [Fact]
    public void Quintile_scores_give_equal_values_equal_scores_and_the_best_fifth_a_5()
    {
        var scores = RfmRules.QuintileScores([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], scores);
        Assert.Equal([1, 1, 1, 4, 5], RfmRules.QuintileScores([1, 1, 1, 2, 3]));
    }

    [Fact]
    public void Every_score_pair_has_exactly_one_group_and_the_corners_are_the_classic_ones()
    {
        var groups = from r in Enumerable.Range(1, 5) from f in Enumerable.Range(1, 5) select RfmRules.GroupOf(r, f);
        Assert.Equal(25, groups.Count());
        Assert.Equal(
            [RfmGroup.Champions, RfmGroup.CantLose, RfmGroup.NewCustomers, RfmGroup.Lost,
                RfmGroup.AtRisk, RfmGroup.Hibernating],
            [RfmRules.GroupOf(5, 5), RfmRules.GroupOf(1, 5), RfmRules.GroupOf(5, 1), RfmRules.GroupOf(1, 1),
                RfmRules.GroupOf(2, 3), RfmRules.GroupOf(2, 2)]);
        Assert.Equal(Enum.GetValues<RfmGroup>().Length, groups.Distinct().Count());
    }

    [Fact]
    public void A_base_is_scored_with_layers_VIPs_and_members_slipping_away()
    {
        MemberActivity Member(string id, int purchases, int daysAgo, decimal spend) =>
            new(id, purchases, Today.AddDays(-daysAgo), spend);
        var members = new List<MemberActivity>
        {
            Member("new", 1, 3, 500m),
            Member("active", 4, 10, 9_000m),
            Member("slipping", 3, 45, 6_000m),
            Member("dormant", 2, 90, 8_000m),
        };
        // A base large enough for quintiles (RfmRules.MinQuintileBase);
        // three one-off big spenders keep the top tenth at 8,000.
        members.AddRange(Enumerable.Range(0, 43).Select(i => Member($"m{i}", 1, 100 + i, 1_000m)));
        members.AddRange(Enumerable.Range(0, 3).Select(i => Member($"big{i}", 1, 100, 10_000m)));

        var scores = RfmRules.Score(members, Today).ToDictionary(s => s.MemberId);

        Assert.Equal((LifecycleLayer.New, 3, RfmGroup.NewCustomers),
            (scores["new"].Layer, scores["new"].RecencyDays, scores["new"].Group));
        Assert.Equal((LifecycleLayer.Active, true, 5, 5),
            (scores["active"].Layer, scores["active"].IsVip, scores["active"].R, scores["active"].M));
        Assert.Equal((true, LifecycleLayer.Unlayered), (scores["slipping"].IsPotentialChurn, scores["slipping"].Layer));
        Assert.Equal(LifecycleLayer.Dormant, scores["dormant"].Layer);
        Assert.False(scores["m0"].IsVip);
        Assert.Equal(2, scores.Values.Count(s => s.IsVip)); // the top tenth by spend, with repeat purchases
    }

    /// <summary>Issue 13: on a base of two, quintiles called a new 6,860
    /// CNY buyer "lost" and a three-times-today buyer "at risk".</summary>
    [Fact]
    public void A_base_of_two_is_scored_by_fixed_thresholds_so_todays_buyers_are_new_and_promising_not_lost_or_at_risk()
    {
        var members = new List<MemberActivity> { new("new-buyer", 1, Today, 6_860m),
            new("three-today", 3, Today, 2_400m) };

        var scores = RfmRules.Score(members, Today).ToDictionary(s => s.MemberId);
        var columns = RfmColumns.Score([1, 3], [Today, Today], [6_860m, 2_400m], Today);
        var alone = SingleMemberScoring.Score(members[0], new PopulationStats(1, 2_400m, 0, 0, 1, [2_400m]), Today);

        Assert.Equal((5, 1, 3, RfmGroup.NewCustomers),
            (scores["new-buyer"].R, scores["new-buyer"].F, scores["new-buyer"].M, scores["new-buyer"].Group));
        Assert.Equal((5, 3, 2, RfmGroup.PotentialLoyalist),
            (scores["three-today"].R, scores["three-today"].F, scores["three-today"].M, scores["three-today"].Group));
        Assert.Equal(["rfm-new-customers", "rfm-potential-loyalist"],
            scores.Values.Select(s => BuiltInSegments.CodeOf(s.Group)));
        Assert.Equal([RfmGroup.NewCustomers, RfmGroup.PotentialLoyalist], columns.Group);
        Assert.Equal(scores["new-buyer"], alone);
    }

    [Theory]
    [InlineData(0, 1, 0, 5, 1, 1)]
    [InlineData(30, 2, 999.99, 5, 2, 1)]
    [InlineData(31, 3, 1_000, 4, 3, 2)]
    [InlineData(90, 4, 3_000, 3, 4, 3)]
    [InlineData(180, 5, 8_000, 2, 4, 4)]
    [InlineData(181, 6, 20_000, 1, 5, 5)]
    public void Fixed_thresholds_are_the_documented_ones(int days, int purchases, decimal spend, int r, int f, int m) =>
        Assert.Equal((r, f, m), RfmRules.FixedScores(days, purchases, spend));

    [Fact]
    public void Quintiles_start_at_the_documented_base_size()
    {
        Assert.True(RfmRules.UsesFixedScores(RfmRules.MinQuintileBase - 1));
        Assert.False(RfmRules.UsesFixedScores(RfmRules.MinQuintileBase));
    }
}
