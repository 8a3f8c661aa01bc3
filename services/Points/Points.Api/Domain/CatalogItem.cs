namespace Loyalty.Points.Api.Domain;

/// <summary>Something members redeem points for. Stock null means unlimited (e.g. a digital coupon); otherwise it never goes below zero.</summary>
public sealed class CatalogItem
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public CatalogItemKind Kind { get; set; }

    public long CostPoints { get; set; }

    public int? Stock { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>For a Coupon item: the Campaign service's coupon template the item stands for; redeeming it issues one such coupon.</summary>
    public Guid? CouponTemplateId { get; set; }

    public bool InStock => Stock is null or > 0;

    public void TakeOne()
    {
        if (Stock is { } stock)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(stock, 1);
            Stock = stock - 1;
        }
    }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 128)
        {
            errors["name"] = ["Name is required (at most 128 characters)."];
        }

        if (!Enum.IsDefined(Kind))
        {
            errors["kind"] = ["Kind is Coupon, Gift or Treatment."];
        }

        if (CostPoints is < 1 or > 10_000_000)
        {
            errors["costPoints"] = ["Cost must be 1 to 10,000,000 points."];
        }

        if (Stock is < 0)
        {
            errors["stock"] = ["Stock cannot be negative (leave it out for unlimited)."];
        }

        if (CouponTemplateId is { } templateId && (Kind != CatalogItemKind.Coupon || templateId == Guid.Empty))
        {
            errors["couponTemplateId"] = ["couponTemplateId is allowed only on a Coupon item and must be a template id."];
        }

        return errors;
    }
}
