namespace Loyalty.Campaign.Api.Domain.Coupons;

public enum CouponStatus
{
    Active,
    Redeemed,
    Expired,

    /// <summary>Made unusable before its time: its holder's personal data was erased.</summary>
    Voided,
}
