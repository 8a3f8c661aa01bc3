using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;

namespace Loyalty.Campaign.Api.Apis;

/// <param name="Id">The coupon's id.</param>
/// <param name="Code">The 12-character code the member shows at checkout.</param>
/// <param name="MemberId">The member who holds it.</param>
/// <param name="TemplateId">The template it was issued from.</param>
/// <param name="TemplateName">The template's name, as members see it.</param>
/// <param name="Kind">AmountOff, PercentOff or FreeItem.</param>
/// <param name="Value">CNY off, percentage off, or the gift's worth in CNY.</param>
/// <param name="Threshold">The eligible basket amount (CNY) needed; 0 for none.</param>
/// <param name="GiftName">For FreeItem: the treatment or gift.</param>
/// <param name="CampaignId">The campaign that issued it; null when staff issued it by hand.</param>
/// <param name="Source">How it was issued: Staff (by hand), Campaign or Points (redeemed from the catalog).</param>
/// <param name="Status">Active, Redeemed, Expired (an active coupon past its validity shows Expired) or Voided (its
/// holder's data was erased).</param>
/// <param name="IssuedAt">When it was issued (UTC).</param>
/// <param name="ValidFrom">The first instant it can be used (UTC).</param>
/// <param name="ValidUntil">The instant it stops being usable (UTC).</param>
/// <param name="RedeemedAt">When it was redeemed (UTC); null until then.</param>
/// <param name="RedeemedOrderId">The order it was redeemed for; null until then.</param>
/// <param name="DiscountAmount">The discount it gave, in CNY; null until redeemed.</param>
/// <param name="RedeemedPurchaseId">The purchase recorded for the order it was redeemed against, once Campaign has
/// heard of it.</param>
public sealed record CouponResponse(
    Guid Id, string Code, Guid MemberId, Guid TemplateId, string TemplateName, CouponKind Kind, decimal Value,
    decimal Threshold, string? GiftName, Guid? CampaignId, CouponSource Source, CouponStatus Status,
    DateTimeOffset IssuedAt, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, DateTimeOffset? RedeemedAt,
    string? RedeemedOrderId, decimal? DiscountAmount, Guid? RedeemedPurchaseId)
{
    /// <summary>
    /// Status as the member sees it now: an active coupon past its validity shows Expired before the job marks it.
    /// RedeemedPurchaseId: the purchase recorded for the order it was redeemed against, once Campaign has heard of it.
    /// </summary>
    public static CouponResponse From(
        Coupon c, CouponTemplate t, DateTimeOffset now, Guid? redeemedPurchaseId = null) => new(
        c.Id, c.Code, c.MemberId, c.TemplateId, t.Name, t.Kind, t.Value, t.Threshold, t.GiftName, c.CampaignId,
        c.Source, c.Status == CouponStatus.Active && now >= c.ValidUntil ? CouponStatus.Expired : c.Status,
        c.IssuedAt, c.ValidFrom, c.ValidUntil, c.RedeemedAt, c.RedeemedOrderId, c.DiscountAmount,
        redeemedPurchaseId);
}
