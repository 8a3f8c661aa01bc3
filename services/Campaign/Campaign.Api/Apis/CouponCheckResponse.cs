namespace Loyalty.Campaign.Api.Apis;

/// <summary>What a coupon gives on a basket (Usable, Discount) or why not (Reason: expired, used, wrong-store, below-threshold, ...).</summary>
public sealed record CouponCheckResponse(Guid? CouponId, bool Usable, decimal Discount, string? Reason, string Message, string? ExternalOrderId);
