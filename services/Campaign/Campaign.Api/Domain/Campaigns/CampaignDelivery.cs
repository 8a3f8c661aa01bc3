namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>What one run of a campaign did for one member. Unique by (CampaignId, MemberId, RunKey): a repeated or resumed run does nothing twice.</summary>
public sealed class CampaignDelivery
{
    public Guid CampaignId { get; init; }

    public Guid MemberId { get; init; }

    public required string RunKey { get; init; }

    public DeliveryOutcome Outcome { get; set; }

    public string? ShareKey { get; set; }

    public Guid? CouponId { get; set; }

    /// <summary>What the actions cost the budget (coupon face value plus points at their CNY value).</summary>
    public decimal Cost { get; set; }

    public DateTimeOffset At { get; init; }
}
