namespace Loyalty.Points.Api.Domain.Catalog;

/// <summary>What an admin says of a catalog item: all of it, when it is added or changed.</summary>
/// <param name="Name">The item's name as members see it.</param>
/// <param name="Kind">Coupon, Gift or Treatment.</param>
/// <param name="CostPoints">What it costs, in points.</param>
/// <param name="Stock">How many are left; null for unlimited (e.g. a digital coupon).</param>
/// <param name="Active">Whether members can redeem it now.</param>
/// <param name="CouponTemplateId">For a Coupon item: the Campaign coupon template a redemption issues.</param>
public sealed record CatalogItemDetails(
    string Name,
    CatalogItemKind Kind,
    long CostPoints,
    int? Stock = null,
    bool Active = true,
    Guid? CouponTemplateId = null)
{
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
            errors["couponTemplateId"] =
                ["couponTemplateId is allowed only on a Coupon item and must be a template id."];
        }

        return errors;
    }
}
