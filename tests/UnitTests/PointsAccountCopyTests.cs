using Loyalty.Contracts;
using Loyalty.Points.Api.Domain.Accounts;

namespace Loyalty.UnitTests;

/// <summary>Points keeps copies of Members' tier and birth date; events can arrive out of order.</summary>
public class PointsAccountCopyTests
{
    private static readonly DateTimeOffset Registered = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_older_tier_change_arriving_after_a_newer_one_does_not_undo_it()
    {
        var account =
            PointsAccount.Open(Guid.NewGuid(), Tier.Standard, null, Registered.AddMinutes(5), asOf: Registered);

        Assert.True(account.ChangeTier(Tier.Gold, Registered.AddDays(20)));
        Assert.False(account.ChangeTier(Tier.Silver, Registered.AddDays(10)));

        Assert.Equal(Tier.Gold, account.Tier);
    }

    [Fact]
    public void A_newer_tier_change_replaces_the_copy()
    {
        var account = PointsAccount.Open(Guid.NewGuid(), Tier.Gold, null, Registered, asOf: Registered);

        Assert.True(account.ChangeTier(Tier.Silver, Registered.AddYears(1)));

        Assert.Equal(Tier.Silver, account.Tier);
    }

    [Fact]
    public void A_stale_profile_does_not_bring_back_a_corrected_birth_date()
    {
        var account = PointsAccount.Open(
            Guid.NewGuid(), Tier.Standard, new DateOnly(1990, 5, 20), Registered, asOf: Registered);

        Assert.True(account.ChangeBirthDate(new DateOnly(1990, 6, 20), Registered.AddDays(2)));
        Assert.False(account.ChangeBirthDate(new DateOnly(1990, 5, 21), Registered.AddDays(1)));

        Assert.Equal(new DateOnly(1990, 6, 20), account.BirthDate);
    }
}
