namespace Loyalty.Points.Api.Domain.Catalog;

public enum CatalogItemKind
{
    Coupon,
    Gift,
    Treatment,
}
