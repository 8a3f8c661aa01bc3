namespace Loyalty.Campaign.Api.Domain.Coupons;

/// <summary>How a coupon reached the member.</summary>
public enum CouponSource
{
    Staff,
    Campaign,
    Points,
}
