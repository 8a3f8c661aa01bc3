using Loyalty.Contracts.Feedback;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Segments;

namespace Loyalty.UnitTests.Segmentation;

/// <summary>The member's latest NPS answer (latest wins by when she answered) and the rule criteria on it.</summary>
public class LatestNpsRulesTests
{
    private static readonly DateTimeOffset T = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static SegmentMember Answered(params (int Score, NpsGroup Group, DateTimeOffset At)[] answers)
    {
        var member = SegmentMember.Placeholder(Guid.NewGuid());
        foreach (var (score, group, at) in answers)
        {
            member.ObserveNps(score, group, at);
        }

        return member;
    }

    [Fact]
    public void The_latest_answer_is_kept_whatever_order_they_arrive_in()
    {
        var later = (9, NpsGroup.Promoter, T.AddDays(2));
        var earlier = (3, NpsGroup.Detractor, T.ToOffset(TimeSpan.FromHours(8)));

        foreach (var member in new[] { Answered(earlier, later), Answered(later, earlier) })
        {
            Assert.Equal(
                ((int?)9, (NpsGroup?)NpsGroup.Promoter, (DateTimeOffset?)T.AddDays(2)),
                (member.LatestNps, member.LatestNpsGroup, member.LatestNpsAt));
        }

        Assert.Equal(4, Answered((9, NpsGroup.Promoter, T), (4, NpsGroup.Detractor, T)).LatestNps); // same moment
    }

    [Fact]
    public void NpsGroup_and_the_nps_bounds_match_only_members_who_answered()
    {
        var detractor = Answered((5, NpsGroup.Detractor, T));
        var passive = Answered((8, NpsGroup.Passive, T));
        var silent = SegmentMember.Placeholder(Guid.NewGuid());
        bool Matches(SegmentMember m, RuleCriteria rule) => RuleFilter.Matches(m, rule, Today);

        Assert.True(Matches(detractor, new RuleCriteria { NpsGroup = NpsGroup.Detractor }));
        Assert.False(Matches(passive, new RuleCriteria { NpsGroup = NpsGroup.Detractor }));
        Assert.False(Matches(silent, new RuleCriteria { NpsGroup = NpsGroup.Detractor }));
        Assert.True(Matches(passive, new RuleCriteria { MinNps = 7, MaxNps = 8 }));
        Assert.False(Matches(detractor, new RuleCriteria { MinNps = 7, MaxNps = 8 }));
        Assert.False(Matches(silent, new RuleCriteria { MaxNps = 10 }));
    }

    [Theory]
    [InlineData(-1, null, "criteria.minNps")]
    [InlineData(null, 11, "criteria.maxNps")]
    [InlineData(8, 7, "criteria.minNps")]
    public void Nps_bounds_outside_0_to_10_or_crossed_are_refused(int? min, int? max, string field) =>
        Assert.Contains(field, RuleSegmentRules.ValidateCriteria(new RuleCriteria { MinNps = min, MaxNps = max }).Keys);

    [Fact]
    public void An_nps_criterion_alone_is_a_rule_and_an_undefined_group_is_refused()
    {
        Assert.Empty(RuleSegmentRules.ValidateCriteria(new RuleCriteria { NpsGroup = NpsGroup.Passive }));
        Assert.Empty(RuleSegmentRules.ValidateCriteria(new RuleCriteria { MinNps = 0, MaxNps = 10 }));
        Assert.Contains(
            "criteria.npsGroup", RuleSegmentRules.ValidateCriteria(new RuleCriteria { NpsGroup = (NpsGroup)7 }).Keys);
    }
}
