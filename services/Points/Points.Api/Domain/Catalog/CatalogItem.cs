namespace Loyalty.Points.Api.Domain.Catalog;

/// <summary>
/// Something members redeem points for. Stock null means unlimited (e.g. a digital coupon); otherwise it never goes
/// below zero.
/// </summary>
public sealed class CatalogItem
{
    private CatalogItem()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public CatalogItemKind Kind { get; private set; }

    public long CostPoints { get; private set; }

    public int? Stock { get; private set; }

    public bool Active { get; private set; } = true;

    /// <summary>
    /// For a Coupon item: the Campaign service's coupon template the item stands for; redeeming it issues one such
    /// coupon.
    /// </summary>
    public Guid? CouponTemplateId { get; private set; }

    public bool InStock => Stock is null or > 0;

    /// <summary>A new item from valid details (<see cref="CatalogItemDetails.Validate"/>).</summary>
    public static CatalogItem Add(Guid id, CatalogItemDetails details)
    {
        var item = new CatalogItem { Id = id };
        item.Change(details);
        return item;
    }

    /// <summary>Replaces everything an admin says of the item with valid details.</summary>
    public void Change(CatalogItemDetails details) =>
        (Name, Kind, CostPoints, Stock, Active, CouponTemplateId) =
        (details.Name, details.Kind, details.CostPoints, details.Stock, details.Active, details.CouponTemplateId);

    /// <summary>One is redeemed: the stock goes down by one (unlimited stays unlimited).</summary>
    public void TakeOne()
    {
        if (Stock is { } stock)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(stock, 1);
            Stock = stock - 1;
        }
    }
}
