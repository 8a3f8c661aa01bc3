namespace Loyalty.Points.Api.Domain;

public enum CatalogItemKind
{
    Coupon,
    Gift,
    Treatment,
}
