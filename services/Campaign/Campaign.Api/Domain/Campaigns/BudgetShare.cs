namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// A campaign's budget for one lifecycle segment (ShareKey, e.g. "lifecycle-dormant"): Spent never exceeds Cap.
/// </summary>
public sealed class BudgetShare
{
    public Guid CampaignId { get; init; }

    public required string ShareKey { get; init; }

    public int Percent { get; init; }

    public decimal Cap { get; init; }

    public decimal Spent { get; private set; }

    /// <summary>
    /// How many members at <paramref name="costPerMember"/> each the rest of the share still pays for.
    /// </summary>
    public int MembersAffordable(decimal costPerMember) =>
        Math.Max(0, (int)Math.Min(int.MaxValue, Math.Floor((Cap - Spent) / costPerMember)));
}
