namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// How a campaign budget is split across lifecycle segments (seed 004: new 20 %, active 50 %, dormant 30 %).
/// </summary>
public static class BudgetSplit
{
    public const string New = "lifecycle-new";
    public const string Active = "lifecycle-active";
    public const string Dormant = "lifecycle-dormant";

    public static IReadOnlyDictionary<string, int> Default { get; } =
        new Dictionary<string, int> { [New] = 20, [Active] = 50, [Dormant] = 30 };

    public static readonly string[] LifecycleCodes = [New, Active, Dormant];

    /// <summary>
    /// The share a member draws from: their lifecycle segment, or "new" when Segmentation has not placed them yet.
    /// </summary>
    public static string ShareKeyFor(string? lifecycleSegment) => lifecycleSegment ?? New;

    public static IReadOnlyList<BudgetShare> Shares(
        Guid campaignId, decimal budget, IReadOnlyDictionary<string, int> split) =>
        split.Select(s => new BudgetShare
        {
            CampaignId = campaignId, ShareKey = s.Key, Percent = s.Value,
            Cap = Math.Round(budget * s.Value / 100m, 2, MidpointRounding.ToZero),
        }).ToList();
}
