using Loyalty.Campaign.Api.Domain.CouponTemplates;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>A coupon template as stored.</summary>
/// <param name="Id">The template's id (coupons and catalog items name it).</param>
/// <param name="Name">The name members see.</param>
/// <param name="Kind">AmountOff, PercentOff or FreeItem.</param>
/// <param name="Value">CNY off, percentage off, or the gift's worth in CNY.</param>
/// <param name="Threshold">The eligible basket amount (CNY) needed; 0 for none.</param>
/// <param name="MaxDiscount">The most a PercentOff coupon takes off (CNY); null for other kinds.</param>
/// <param name="GiftName">For FreeItem: the treatment or gift given.</param>
/// <param name="ValidFrom">Fixed validity: the first instant (UTC) a coupon can be used.</param>
/// <param name="ValidUntil">Fixed validity: the instant (UTC) coupons stop being usable.</param>
/// <param name="ValidDays">Validity in days from issue, when not fixed.</param>
/// <param name="PerMemberLimit">How many coupons of this template one member may hold; null for no limit.</param>
/// <param name="StoreIds">The stores where it applies; empty for every store.</param>
/// <param name="Categories">The item categories it applies to; empty for every category.</param>
/// <param name="CreatedAt">When the template was created (UTC).</param>
/// <param name="FaceValue">What one coupon costs a campaign budget at most, in CNY.</param>
public sealed record CouponTemplateResponse(
    Guid Id, string Name, CouponKind Kind, decimal Value, decimal Threshold, decimal? MaxDiscount, string? GiftName,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, int? ValidDays, int? PerMemberLimit,
    IReadOnlyList<string> StoreIds, IReadOnlyList<string> Categories, DateTimeOffset CreatedAt, decimal FaceValue)
{
    public static CouponTemplateResponse From(CouponTemplate t) => new(
        t.Id, t.Name, t.Kind, t.Value, t.Threshold, t.MaxDiscount, t.GiftName, t.ValidFrom, t.ValidUntil, t.ValidDays,
        t.PerMemberLimit, t.StoreIds, t.Categories, t.CreatedAt, t.FaceValue);
}
