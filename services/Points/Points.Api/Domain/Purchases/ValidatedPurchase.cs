namespace Loyalty.Points.Api.Domain.Purchases;

public sealed record ValidatedPurchase(
    string ExternalOrderId,
    Guid MemberId,
    string StoreId,
    decimal Amount,
    IReadOnlyList<PurchaseLine> Items,
    DateTimeOffset PaidAt)
{
    /// <summary>The coupons redeemed for the order, normalised (upper case, no spaces or dashes).</summary>
    public IReadOnlyList<string> CouponCodes { get; init; } = [];

    /// <summary>The staff member who advised on the purchase, trimmed; null when the POS did not say.</summary>
    public string? AdvisorId { get; init; }
}
