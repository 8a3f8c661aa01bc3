namespace Loyalty.Contracts.Campaign;

/// <summary>A coupon was issued to a member, by a campaign or by hand (CampaignId null).</summary>
public sealed record CouponIssued(
    Guid CouponId,
    string Code,
    Guid MemberId,
    Guid TemplateId,
    Guid? CampaignId,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil) : IntegrationEvent;
