using Loyalty.Campaign.Api.Domain.Campaigns;

namespace Loyalty.UnitTests.Campaign;

public class HoldoutTests
{
    [Fact]
    public void The_holdout_is_stable_per_member_and_campaign_and_close_to_the_configured_share()
    {
        var campaign = Guid.Parse("019a0000-0000-7000-8000-000000000001");
        var members = Enumerable.Range(0, 20_000).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();

        var heldOut = members.Count(m => Holdout.IsHeldOut(campaign, m, 10));

        Assert.InRange(heldOut, 1_800, 2_200); // 10 % ± 1 point of 20,000
        Assert.All(
            members.Take(500), m => Assert.Equal(Holdout.IsHeldOut(campaign, m, 10),
            Holdout.IsHeldOut(campaign, m, 10)));
        Assert.Equal(0, members.Count(m => Holdout.IsHeldOut(campaign, m, 0)));
        // Another campaign holds out other members.
        var other = Guid.Parse("019a0000-0000-7000-8000-000000000002");
        Assert.NotEqual(
            members.Where(m => Holdout.IsHeldOut(campaign, m, 10)).Take(50), members.Where(m => Holdout.IsHeldOut(other,
            m, 10)).Take(50));
    }

    [Fact]
    public void The_budget_splits_by_percentage_with_the_seed_default()
    {
        var shares = BudgetSplit.Shares(
            Guid.NewGuid(), 10_000m, BudgetSplit.Default).ToDictionary(s => s.ShareKey, s => s.Cap);

        Assert.Equal(new Dictionary<string, decimal> { ["lifecycle-new"] = 2_000m, ["lifecycle-active"] = 5_000m,
            ["lifecycle-dormant"] = 3_000m }, shares);
        Assert.Equal("lifecycle-new", BudgetSplit.ShareKeyFor(null));
    }
}
