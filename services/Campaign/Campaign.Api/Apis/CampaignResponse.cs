using Loyalty.Campaign.Api.Domain;

namespace Loyalty.Campaign.Api.Apis;

public sealed record CampaignResponse(MarketingCampaign Campaign, IReadOnlyList<BudgetShare> BudgetShares);
