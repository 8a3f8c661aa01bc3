namespace Loyalty.Campaign.Api.Domain;

public enum CouponStatus
{
    Active,
    Redeemed,
    Expired,
}
