using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;

namespace Loyalty.UnitTests.Campaign;

public class CouponRulesTests
{
    private static readonly DateTimeOffset Issued = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static CouponTemplate Template(
        CouponKind kind = CouponKind.AmountOff,
        decimal value = 80m,
        decimal threshold = 200m,
        decimal? cap = null,
        Func<CouponTemplateDefinition, CouponTemplateDefinition>? with = null)
    {
        var definition = new CouponTemplateDefinition("200 减 80", kind, value, threshold, cap, "小气泡", ValidDays: 3);
        return CouponTemplate.Create(Guid.NewGuid(), with?.Invoke(definition) ?? definition, default);
    }

    private static Coupon CouponOf(CouponTemplate template) =>
        Coupon.Issue(template, Guid.Empty, null, CouponSource.Staff, "t", Issued);

    private static Basket Basket(
        decimal amount, string store = "SH-01", params BasketLine[] lines) => new(store, amount, lines);

    [Fact]
    public void Amount_off_applies_from_the_threshold_and_says_why_not_below_it()
    {
        var template = Template();
        var coupon = CouponOf(template);

        var below = CouponRules.Check(coupon, template, Basket(199.99m), Issued.AddHours(1));
        var at = CouponRules.Check(coupon, template, Basket(200m), Issued.AddHours(1));

        Assert.Equal((false, CouponRefusal.BelowThreshold, 0m), (below.Usable, below.Reason, below.Discount));
        Assert.Contains("below the coupon's threshold of 200", below.Message);
        Assert.Equal((true, (string?)null, 80m), (at.Usable, at.Reason, at.Discount));
    }

    [Fact]
    public void Validity_is_n_days_from_issue_and_used_or_expired_coupons_are_refused()
    {
        var template = Template();
        var coupon = CouponOf(template);

        Assert.Equal(Issued.AddDays(3), coupon.ValidUntil);
        Assert.Equal(
            CouponRefusal.Expired, CouponRules.Check(coupon, template, Basket(500m), Issued.AddDays(3)).Reason);
        Assert.True(CouponRules.Check(coupon, template, Basket(500m), Issued.AddDays(3).AddTicks(-1)).Usable);
        coupon.Redeem("POS-1", "SH-01", 80m, Issued.AddHours(1));
        Assert.Equal(CouponRefusal.Used, CouponRules.Check(coupon, template, Basket(500m), Issued.AddHours(1)).Reason);
    }

    [Fact]
    public void Percent_off_is_capped_and_counts_only_the_templates_categories_and_stores()
    {
        var template = Template(
            CouponKind.PercentOff, value: 15m, threshold: 100m, cap: 50m,
            with: d => d with { Categories = ["skincare"], StoreIds = ["SH-01"] });
        var coupon = CouponOf(template);
        var at = Issued.AddHours(1);

        // 15 % of the 300 of skincare is 45; the laser line does not count.
        Assert.Equal(45m, CouponRules.Check(coupon, template,
            Basket(1_300m, "SH-01", new("skincare", 300m), new("laser", 1_000m)), at).Discount);
        // 15 % of 1,000 would be 150: capped at 50.
        Assert.Equal(50m, CouponRules.Check(coupon, template,
            Basket(1_000m, "sh-01", new BasketLine("Skincare", 1_000m)), at).Discount);
        Assert.Equal(CouponRefusal.BelowThreshold, CouponRules.Check(coupon, template,
            Basket(1_090m, "SH-01", new("skincare", 90m), new("laser", 1_000m)), at).Reason);
        Assert.Equal(
            CouponRefusal.NoEligibleItems,
            CouponRules.Check(coupon, template, Basket(1_000m, "SH-01", new BasketLine("laser", 1_000m)), at).Reason);
        Assert.Equal(CouponRefusal.WrongStore, CouponRules.Check(coupon, template,
            Basket(1_000m, "BJ-02", new BasketLine("skincare", 1_000m)), at).Reason);
        Assert.Equal(50m, template.FaceValue);
    }

    [Fact]
    public void Templates_are_validated_field_by_field()
    {
        Assert.Empty(Template().Validate());
        var percentWithoutCap = Template(CouponKind.PercentOff, value: 20m);
        Assert.Contains("maxDiscount", percentWithoutCap.Validate().Keys);
        var both = Template(with: d => d with { ValidUntil = Issued });
        Assert.Contains("validDays", both.Validate().Keys);
        var gift = Template(CouponKind.FreeItem, value: 300m, with: d => d with { GiftName = null });
        Assert.Contains("giftName", gift.Validate().Keys);
    }

    [Fact]
    public void Codes_are_twelve_unambiguous_characters_distinct_and_read_back_in_any_spelling()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => CouponCodes.New()).ToList();

        Assert.Equal(10_000, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[2-9A-HJKMNP-Z]{12}$", c));
        Assert.Equal("ABCD2345WXYZ", CouponCodes.Normalize(" abcd-2345 wxyz"));
    }
}
