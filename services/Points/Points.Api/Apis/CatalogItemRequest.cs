using Loyalty.Points.Api.Domain.Catalog;
using Loyalty.ServiceDefaults;

namespace Loyalty.Points.Api.Apis;

/// <summary>A catalog item to add or the whole item to replace.</summary>
/// <param name="Name">The item's name as members see it (at most 128 characters).</param>
/// <param name="CostPoints">What it costs, in points (1 to 10,000,000).</param>
/// <param name="Kind">Coupon (the default), Gift or Treatment.</param>
/// <param name="Stock">How many are left; leave out for unlimited (e.g. a digital coupon).</param>
/// <param name="Active">Whether members can redeem it now (default true).</param>
/// <param name="CouponTemplateId">For a Coupon item: the Campaign coupon template a redemption issues.</param>
public sealed record CatalogItemRequest(
    string? Name,
    long CostPoints,
    CatalogItemKind Kind = CatalogItemKind.Coupon,
    int? Stock = null,
    bool Active = true,
    Guid? CouponTemplateId = null)
    : IRequestExample<CatalogItemRequest>
{
    public static CatalogItemRequest Example { get; } =
        new("玻尿酸体验券", 1_200, CatalogItemKind.Treatment, Stock: 50);

    /// <summary>The item as the domain validates and stores it.</summary>
    public CatalogItemDetails ToDetails() => new(Name?.Trim()!, Kind, CostPoints, Stock, Active, CouponTemplateId);
}

/// <summary>Something members redeem points for.</summary>
/// <param name="Id">The item's id (redemptions name it).</param>
/// <param name="Name">The item's name as members see it.</param>
/// <param name="Kind">Coupon, Gift or Treatment.</param>
/// <param name="CostPoints">What it costs, in points.</param>
/// <param name="Stock">How many are left; null for unlimited.</param>
/// <param name="Active">Whether members can redeem it now.</param>
/// <param name="CouponTemplateId">For a Coupon item: the Campaign coupon template a redemption issues.</param>
/// <param name="InStock">Whether one is left to redeem.</param>
public sealed record CatalogItemResponse(
    Guid Id,
    string Name,
    CatalogItemKind Kind,
    long CostPoints,
    int? Stock,
    bool Active,
    Guid? CouponTemplateId,
    bool InStock)
{
    public static CatalogItemResponse From(CatalogItem i) =>
        new(i.Id, i.Name, i.Kind, i.CostPoints, i.Stock, i.Active, i.CouponTemplateId, i.InStock);
}
