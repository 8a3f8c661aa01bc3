using Loyalty.Campaign.Api.Domain;

namespace Loyalty.Campaign.Api.Apis;

public sealed record CouponResponse(
    Guid Id, string Code, Guid MemberId, Guid TemplateId, string TemplateName, CouponKind Kind, decimal Value, decimal Threshold, string? GiftName,
    Guid? CampaignId, CouponSource Source, CouponStatus Status, DateTimeOffset IssuedAt, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil,
    DateTimeOffset? RedeemedAt, string? RedeemedOrderId, decimal? DiscountAmount, Guid? RedeemedPurchaseId)
{
    /// <summary>
    /// Status as the member sees it now: an active coupon past its validity shows Expired before the job marks it.
    /// RedeemedPurchaseId: the purchase recorded for the order it was redeemed against, once Campaign has heard of it.
    /// </summary>
    public static CouponResponse From(Coupon c, CouponTemplate t, DateTimeOffset now, Guid? redeemedPurchaseId = null) => new(
        c.Id, c.Code, c.MemberId, c.TemplateId, t.Name, t.Kind, t.Value, t.Threshold, t.GiftName, c.CampaignId, c.Source,
        c.Status == CouponStatus.Active && now >= c.ValidUntil ? CouponStatus.Expired : c.Status,
        c.IssuedAt, c.ValidFrom, c.ValidUntil, c.RedeemedAt, c.RedeemedOrderId, c.DiscountAmount, redeemedPurchaseId);
}
