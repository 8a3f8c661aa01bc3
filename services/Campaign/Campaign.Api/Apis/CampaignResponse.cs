using Loyalty.Campaign.Api.Domain.Campaigns;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>A campaign with its budget split by lifecycle segment.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="BudgetShares">Its budget per lifecycle segment (cap and spent); empty without a budget.</param>
public sealed record CampaignResponse(
    MarketingCampaignResponse Campaign, IReadOnlyList<BudgetShareResponse> BudgetShares)
{
    public CampaignResponse(MarketingCampaign campaign, IEnumerable<BudgetShare> shares)
        : this(MarketingCampaignResponse.From(campaign), shares.Select(BudgetShareResponse.From).ToList())
    {
    }
}

/// <summary>A campaign's budget for one lifecycle segment: spent never exceeds cap.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="ShareKey">The lifecycle segment code the share is for, e.g. lifecycle-dormant.</param>
/// <param name="Percent">The share of the whole budget, in percent.</param>
/// <param name="Cap">The most this share may spend, in CNY.</param>
/// <param name="Spent">What it has spent so far, in CNY (coupon face values and bonus points at their CNY
/// worth).</param>
public sealed record BudgetShareResponse(Guid CampaignId, string ShareKey, int Percent, decimal Cap, decimal Spent)
{
    public static BudgetShareResponse From(BudgetShare share) => new(
        share.CampaignId, share.ShareKey, share.Percent, share.Cap, share.Spent);
}
