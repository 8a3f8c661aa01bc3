namespace Loyalty.Campaign.Api.Domain.Coupons;

/// <summary>Why a coupon cannot be used on a basket (the codes the API answers with).</summary>
public static class CouponRefusal
{
    public const string NotFound = "not-found";
    public const string NotYours = "not-yours";
    public const string Used = "used";
    public const string Expired = "expired";
    public const string Voided = "voided";
    public const string NotYetValid = "not-yet-valid";
    public const string WrongStore = "wrong-store";
    public const string NoEligibleItems = "no-eligible-items";
    public const string BelowThreshold = "below-threshold";
}
