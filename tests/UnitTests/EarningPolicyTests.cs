using Loyalty.Contracts;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Earning;

namespace Loyalty.UnitTests;

public class EarningPolicyTests
{
    private readonly EarningPolicy _policy = new();

    [Fact]
    public void A_Gold_member_in_her_birthday_month_earns_base_then_tier_then_birthday_double()
    {
        var earned = _policy.EarnForPurchase(1000.00m, Tier.Gold, inBirthdayMonth: true);

        Assert.Equal(
            [
                new EarnedPoints("purchase-base", 1000), new EarnedPoints("tier-multiplier", 500),
                new EarnedPoints("birthday-month", 1500),
            ],
            earned);
        Assert.Equal(3000, earned.Sum(e => e.Points));
    }

    [Theory]
    [InlineData(199.99, "Standard", false, 199)] // floor of the base, no tier bonus at 1.0
    [InlineData(333.00, "Silver", false, 399)] // 333 + floor(333 × 1.2) − 333 = 333 + 66
    [InlineData(333.00, "Silver", true, 798)] // (399) doubled
    [InlineData(0.99, "Diamond", true, 0)] // under one point: nothing, and no empty entries
    [InlineData(1234.56, "Diamond", false, 2468)]
    public void Each_step_rounds_down_to_whole_points(decimal amount, string tier, bool birthday, long expected)
    {
        var earned = _policy.EarnForPurchase(amount, Enum.Parse<Tier>(tier), birthday);

        Assert.Equal(expected, earned.Sum(e => e.Points));
        Assert.All(earned, e => Assert.True(e.Points > 0));
    }

    [Fact]
    public void Changed_rules_apply_as_data()
    {
        var policy = new EarningPolicy { BaseRatePerCny = 2m, GoldMultiplier = 3m, BirthdayMultiplier = 1m };

        Assert.Equal(6000, policy.EarnForPurchase(1000m, Tier.Gold, inBirthdayMonth: true).Sum(e => e.Points));
    }

    [Fact]
    public void Out_of_range_rules_are_refused_field_by_field()
    {
        var errors =
            new EarningPolicy { BaseRatePerCny = -1m, GoldMultiplier = 0.5m, LotLifetimeMonths = 0 }.Validate();

        Assert.Equal(["baseRatePerCny", "goldMultiplier", "lotLifetimeMonths"], errors.Keys.Order().ToArray());
        Assert.Empty(new EarningPolicy().Validate());
    }

    [Fact]
    public void The_birthday_month_is_on_the_Shanghai_calendar()
    {
        var account = PointsAccount.Open(
            Guid.NewGuid(), Tier.Standard, new DateOnly(1990, 6, 15), DateTimeOffset.UnixEpoch);

        // 1 June 00:30 in Shanghai
        Assert.True(account.IsBirthdayMonth(new DateTimeOffset(2026, 5, 31, 16, 30, 0, TimeSpan.Zero)));
        // 1 July 00:30 in Shanghai
        Assert.False(account.IsBirthdayMonth(new DateTimeOffset(2026, 6, 30, 16, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("Review", 0, "review-bonus", 50)]
    [InlineData("Survey", 0, "survey-bonus", 30)]
    [InlineData("SocialShare", 0, "social-share-bonus", 20)]
    [InlineData("SocialShare", 3, "social-share-bonus", 20)]
    public void Actions_earn_their_flat_bonus_naming_the_rule(
        string action, int earlierShares, string rule, long points) =>
        Assert.Equal(new EarnedPoints(rule, points), _policy.BonusFor(Enum.Parse<PointsAction>(action), earlierShares));

    [Fact]
    public void A_social_share_past_the_monthly_cap_earns_nothing() =>
        Assert.Null(_policy.BonusFor(PointsAction.SocialShare, _policy.SocialShareMonthlyCap));

    [Fact]
    public void A_bonus_set_to_zero_earns_nothing() =>
        Assert.Null(new EarningPolicy { ReviewBonus = 0 }.BonusFor(PointsAction.Review, 0));

    [Fact]
    public void Bonuses_and_the_cap_are_checked_before_saving() =>
        Assert.Equal(
            ["referralBonus", "socialShareMonthlyCap"],
            new EarningPolicy { ReferralBonus = -1, SocialShareMonthlyCap = 1_000 }.Validate().Keys.Order());
}
