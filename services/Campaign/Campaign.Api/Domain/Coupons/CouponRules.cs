using System.Globalization;
using Loyalty.Campaign.Api.Domain.CouponTemplates;

namespace Loyalty.Campaign.Api.Domain.Coupons;

/// <summary>The checkout rules: whether a coupon applies to a basket now, and how much it takes off.</summary>
public static class CouponRules
{
    public static CouponCheck Check(Coupon coupon, CouponTemplate template, Basket basket, DateTimeOffset now)
    {
        if (coupon.Status == CouponStatus.Redeemed)
        {
            return CouponCheck.Refused(CouponRefusal.Used, "This coupon has already been used.");
        }

        if (coupon.Status == CouponStatus.Voided)
        {
            return CouponCheck.Refused(CouponRefusal.Voided, "This coupon is void.");
        }

        if (coupon.Status == CouponStatus.Expired || now >= coupon.ValidUntil)
        {
            return CouponCheck.Refused(
                CouponRefusal.Expired, $"This coupon expired at {coupon.ValidUntil:yyyy-MM-dd HH:mm} UTC.");
        }

        if (now < coupon.ValidFrom)
        {
            return CouponCheck.Refused(
                CouponRefusal.NotYetValid, $"This coupon is valid from {coupon.ValidFrom:yyyy-MM-dd HH:mm} UTC.");
        }

        if (
            template.StoreIds.Count > 0 && !template.StoreIds.Contains(basket.StoreId,
            StringComparer.OrdinalIgnoreCase))
        {
            return CouponCheck.Refused(
                CouponRefusal.WrongStore, $"This coupon is not valid in store {basket.StoreId}.");
        }

        var eligible = EligibleAmount(template, basket);
        if (eligible <= 0m)
        {
            return CouponCheck.Refused(
                CouponRefusal.NoEligibleItems, "Nothing in the basket is in a category this coupon applies to.");
        }

        if (eligible < template.Threshold)
        {
            return CouponCheck.Refused(
                CouponRefusal.BelowThreshold,
                $"The eligible amount {Money(eligible)} is below the coupon's threshold of {Money(template.Threshold)}.");
        }

        var discount = template.Kind switch
        {
            CouponKind.AmountOff => Math.Min(template.Value, eligible),
            CouponKind.PercentOff => Math.Min(
                Math.Round(eligible * template.Value / 100m, 2, MidpointRounding.AwayFromZero),
                template.MaxDiscount ?? decimal.MaxValue),
            _ => 0m,
        };
        var message = template.Kind == CouponKind.FreeItem
            ? $"Gives {template.GiftName} free."
            : $"Takes {Money(discount)} off.";
        return new CouponCheck(true, discount, null, message);
    }

    /// <summary>The part of the basket the coupon applies to: lines in its categories, or the whole amount.</summary>
    public static decimal EligibleAmount(CouponTemplate template, Basket basket) =>
        template.Categories.Count == 0 || basket.Lines.Count == 0
            ? (template.Categories.Count == 0 ? basket.Amount : 0m)
            : basket.Lines.Where(
                l => template.Categories.Contains(l.Category, StringComparer.OrdinalIgnoreCase)).Sum(l => l.Amount);

    /// <summary>CNY as the templates and messages show it: "80", "12.5".</summary>
    public static string Money(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
