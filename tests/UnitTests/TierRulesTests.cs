using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Tiers;

namespace Loyalty.UnitTests;

public class TierRulesTests
{
    private static readonly TierThreshold[] Thresholds =
    [
        TierThreshold.At(Tier.Standard, 0m),
        TierThreshold.At(Tier.Silver, 5_000m),
        TierThreshold.At(Tier.Gold, 20_000m),
        TierThreshold.At(Tier.Diamond, 50_000m),
    ];

    [Theory]
    [InlineData(4_999.99, "Standard")]
    [InlineData(5_000.00, "Silver")]
    [InlineData(19_999.99, "Silver")]
    [InlineData(20_000.00, "Gold")]
    [InlineData(75_000.00, "Diamond")]
    public void The_tier_is_the_highest_threshold_the_spend_reaches(decimal spend, string tier) =>
        Assert.Equal(Enum.Parse<Tier>(tier), TierRules.Qualified(spend, Thresholds));

    [Fact]
    public void A_purchase_that_crosses_thresholds_upgrades_at_once_possibly_by_several_levels() =>
        Assert.Equal(Tier.Gold, TierRules.AfterPurchase(Tier.Standard, 25_000m, Thresholds));

    [Fact]
    public void A_purchase_never_downgrades_even_when_the_spend_has_fallen() =>
        Assert.Equal(Tier.Diamond, TierRules.AfterPurchase(Tier.Diamond, 100m, Thresholds));

    [Theory]
    [InlineData("Diamond", 0, "Gold")] // one level at most, however low the spend
    [InlineData("Gold", 6_000, "Silver")]
    [InlineData("Gold", 25_000, "Gold")] // still qualifies: stays
    [InlineData("Silver", 60_000, "Diamond")] // the review also upgrades
    [InlineData("Standard", 0, "Standard")]
    public void At_the_anniversary_a_member_moves_down_one_level_at_most(
        string current, decimal spend, string expected) =>
        Assert.Equal(Enum.Parse<Tier>(expected), TierRules.AtAnniversary(Enum.Parse<Tier>(current), spend, Thresholds));

    [Fact]
    public void A_tier_change_is_a_history_line_and_an_event_with_its_reason()
    {
        var registration = MemberRegistrationRules.Validate(
            new MemberRegistration("13812345678", "王丽", Gender.Female, new DateOnly(1990, 5, 20), "SH-01", null),
            new DateOnly(2026, 11, 22)).Registration!;
        var member = Member.Register(registration, null, "AAAAAAAA", DateTimeOffset.UnixEpoch);

        Assert.Null(member.ChangeTier(Tier.Standard, "spend-threshold", 10m, DateTimeOffset.UnixEpoch));
        var (change, changed) =
            member.ChangeTier(Tier.Gold, "spend-threshold", 25_000m, DateTimeOffset.UnixEpoch)!.Value;

        Assert.Equal(Tier.Gold, member.Tier);
        Assert.Equal(
            (Tier.Standard, Tier.Gold, "spend-threshold", 25_000m),
            (change.FromTier, change.ToTier, change.Reason, change.RollingSpend));
        Assert.Equal(
            (member.Id, Tier.Standard, Tier.Gold, "spend-threshold"),
            (changed.MemberId, changed.FromTier, changed.ToTier, changed.Reason));
    }
}
