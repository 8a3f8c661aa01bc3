namespace Loyalty.Campaign.Api.Domain;

/// <summary>How a coupon reached the member.</summary>
public enum CouponSource
{
    Staff,
    Campaign,
    Points,
}
