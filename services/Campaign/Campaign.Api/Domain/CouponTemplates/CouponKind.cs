namespace Loyalty.Campaign.Api.Domain.CouponTemplates;

/// <summary>
/// What a coupon gives: an amount off above a threshold (满减), a percentage off with a cap, or a free treatment or gift.
/// </summary>
public enum CouponKind
{
    AmountOff,
    PercentOff,
    FreeItem,
}
