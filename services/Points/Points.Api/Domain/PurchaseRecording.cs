namespace Loyalty.Points.Api.Domain;

/// <summary>
/// A purchase as the POS sends it, before validation (anything may be missing or wrong). CouponCodes (optional): the
/// codes of the coupons redeemed for this order at checkout (POST /api/coupons/redeem with the same externalOrderId).
/// </summary>
public sealed record PurchaseRecording(
    string? ExternalOrderId,
    Guid? MemberId,
    string? StoreId,
    decimal? Amount,
    IReadOnlyList<PurchaseLine>? Items,
    DateTimeOffset? PaidAt,
    IReadOnlyList<string?>? CouponCodes = null);
