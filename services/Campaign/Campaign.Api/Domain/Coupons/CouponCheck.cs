namespace Loyalty.Campaign.Api.Domain.Coupons;

/// <summary>
/// The outcome of checking a coupon against a basket: the discount it gives, or the reason it cannot be used.
/// </summary>
public sealed record CouponCheck(bool Usable, decimal Discount, string? Reason, string Message)
{
    public static CouponCheck Refused(string reason, string message) => new(false, 0m, reason, message);
}
