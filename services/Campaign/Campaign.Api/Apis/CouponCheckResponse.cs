namespace Loyalty.Campaign.Api.Apis;

/// <summary>
/// What a coupon gives on a basket (Usable, Discount) or why not (Reason: expired, used, wrong-store, below-threshold,
/// ...).
/// </summary>
/// <param name="CouponId">The coupon with this code; null when no coupon has it.</param>
/// <param name="Usable">Whether the coupon can be used on this basket.</param>
/// <param name="Discount">The discount it gives on this basket, in CNY (0 when not usable).</param>
/// <param name="Reason">Why not, when not usable: expired, used, wrong-store, below-threshold, no-eligible-items,
/// not-yet-valid, not-yours, not-found.</param>
/// <param name="Message">The answer in words, for the till's screen.</param>
/// <param name="ExternalOrderId">The order it was redeemed for (redeem only).</param>
public sealed record CouponCheckResponse(
    Guid? CouponId, bool Usable, decimal Discount, string? Reason, string Message, string? ExternalOrderId);
