using Loyalty.Contracts;
using Loyalty.Points.Api.Domain;

namespace Loyalty.UnitTests;

public class EarningPolicyTests
{
    private readonly EarningPolicy _policy = new();

    [Fact]
    public void A_Gold_member_in_her_birthday_month_earns_base_then_tier_then_birthday_double()
    {
        var earned = _policy.EarnForPurchase(1000.00m, Tier.Gold, inBirthdayMonth: true);

        Assert.Equal(
            [new EarnedPoints("purchase-base", 1000), new EarnedPoints("tier-multiplier", 500), new EarnedPoints("birthday-month", 1500)],
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
        var errors = new EarningPolicy { BaseRatePerCny = -1m, GoldMultiplier = 0.5m, LotLifetimeMonths = 0 }.Validate();

        Assert.Equal(["baseRatePerCny", "goldMultiplier", "lotLifetimeMonths"], errors.Keys.Order().ToArray());
        Assert.Empty(new EarningPolicy().Validate());
    }

    [Fact]
    public void The_birthday_month_is_on_the_Shanghai_calendar()
    {
        var account = PointsAccount.Open(Guid.NewGuid(), Tier.Standard, new DateOnly(1990, 6, 15), DateTimeOffset.UnixEpoch);

        Assert.True(account.IsBirthdayMonth(new DateTimeOffset(2026, 5, 31, 16, 30, 0, TimeSpan.Zero))); // 1 June 00:30 in Shanghai
        Assert.False(account.IsBirthdayMonth(new DateTimeOffset(2026, 6, 30, 16, 30, 0, TimeSpan.Zero))); // 1 July 00:30 in Shanghai
    }
}
