namespace Loyalty.Campaign.Api.Domain.Coupons;

public enum CouponStatus
{
    Active,
    Redeemed,
    Expired,
}
