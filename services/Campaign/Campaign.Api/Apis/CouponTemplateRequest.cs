using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.ServiceDefaults;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>
/// A new coupon template: what it gives, when and where it applies. Validity is validDays or validUntil.
/// </summary>
/// <param name="Name">The name members see (at most 128 characters), e.g. 满 200 减 80.</param>
/// <param name="Kind">AmountOff (the default; value is CNY off), PercentOff (value is the percentage) or FreeItem (a
/// gift).</param>
/// <param name="Value">CNY off, percentage off (more than 0, less than 100), or the gift's worth in CNY.</param>
/// <param name="Threshold">The eligible basket amount (CNY) needed; 0 for none.</param>
/// <param name="MaxDiscount">The most a PercentOff coupon takes off (CNY); required for PercentOff.</param>
/// <param name="GiftName">For FreeItem: the treatment or gift given.</param>
/// <param name="ValidFrom">With validUntil: the first instant a coupon can be used (any offset).</param>
/// <param name="ValidUntil">Fixed validity: the instant coupons stop being usable; leave out when validDays is
/// given.</param>
/// <param name="ValidDays">Validity in days from issue (1 to 3650); leave out when validUntil is given.</param>
/// <param name="PerMemberLimit">How many coupons of this template one member may hold in total; leave out for no
/// limit.</param>
public sealed record CouponTemplateRequest(
    string Name,
    CouponKind Kind = CouponKind.AmountOff,
    decimal Value = 0m,
    decimal Threshold = 0m,
    decimal? MaxDiscount = null,
    string? GiftName = null,
    DateTimeOffset? ValidFrom = null,
    DateTimeOffset? ValidUntil = null,
    int? ValidDays = null,
    int? PerMemberLimit = null)
    : IRequestExample<CouponTemplateRequest>
{
    public static CouponTemplateRequest Example { get; } =
        new("满 200 减 80", CouponKind.AmountOff, 80m, Threshold: 200m, ValidDays: 30, PerMemberLimit: 1)
        {
            StoreIds = ["SH-JINGAN-01"], Categories = ["laser"],
        };

    /// <summary>The stores where it applies; empty or left out for every store.</summary>
    public IReadOnlyList<string> StoreIds { get; init; } = [];

    /// <summary>The item categories it applies to; empty or left out for every category.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The template the admin asks for, as the domain takes it.</summary>
    public CouponTemplateDefinition ToDefinition() =>
        new(Name, Kind, Value, Threshold, MaxDiscount, GiftName, ValidFrom, ValidUntil, ValidDays, PerMemberLimit)
        {
            StoreIds = StoreIds, Categories = Categories,
        };
}
