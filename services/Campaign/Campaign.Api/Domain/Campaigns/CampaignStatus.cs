namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// Draft until an admin activates it; Active campaigns fire on their trigger or run on their schedule; Paused ones do
/// nothing until resumed; Ended is final.
/// </summary>
public enum CampaignStatus
{
    Draft,
    Active,
    Paused,
    Ended,
}
