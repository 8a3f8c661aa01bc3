using Loyalty.Points.Api.Domain.Purchases;

namespace Loyalty.UnitTests;

public class PurchaseRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    private static PurchaseRecording Valid() => new(
        "POS-1001", Guid.NewGuid(), "sh-jingan-01", 1280.50m,
        [new PurchaseLine("HA-1ML", "Injectables", 1, 980.50m), new PurchaseLine("MASK-01", "skincare", 2, 300.00m)],
        Now.AddHours(-1));

    [Fact]
    public void A_complete_purchase_is_normalised()
    {
        var (purchase, errors) = PurchaseRules.Validate(Valid(), Now);

        Assert.Empty(errors);
        Assert.Equal("SH-JINGAN-01", purchase!.StoreId);
        Assert.Equal("injectables", purchase.Items[0].Category);
    }

    [Fact]
    public void An_empty_purchase_names_every_missing_field() =>
        Assert.Equal(
            ["amount", "externalOrderId", "items", "memberId", "paidAt", "storeId"],
            PurchaseRules.Validate(new PurchaseRecording(null, null, null, null, null, null), Now)
                .Errors.Keys.Order().ToArray());

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.005)]
    [InlineData(1_000_000.01)]
    public void Amounts_are_positive_CNY_in_cents(decimal amount) =>
        Assert.True(PurchaseRules.Validate(Valid() with { Amount = amount }, Now).Errors.ContainsKey("amount"));

    [Fact]
    public void Items_must_add_up_to_the_amount()
    {
        var errors = PurchaseRules.Validate(Valid() with { Amount = 1280.49m }, Now).Errors;

        Assert.Contains("1280.50", Assert.Single(errors["items"]));
    }

    [Fact]
    public void A_bad_item_is_named_by_its_position()
    {
        var errors = PurchaseRules.Validate(
            Valid() with { Items = [new PurchaseLine("HA-1ML", "injectables", 0, 1280.50m)] }, Now).Errors;

        Assert.True(errors.ContainsKey("items[0].quantity"));
    }

    [Fact]
    public void Payments_in_the_future_beyond_clock_skew_are_refused()
    {
        Assert.Empty(PurchaseRules.Validate(Valid() with { PaidAt = Now.AddMinutes(4) }, Now).Errors);
        Assert.True(
            PurchaseRules.Validate(Valid() with { PaidAt = Now.AddMinutes(6) }, Now).Errors.ContainsKey("paidAt"));
    }

    [Fact]
    public void Coupon_codes_are_normalised_as_Campaign_reads_them_and_bad_ones_are_named()
    {
        var (purchase, errors) = PurchaseRules.Validate(Valid() with { CouponCodes = ["7q4m-x9pr 2k3n"] }, Now);
        Assert.Empty(errors);
        Assert.Equal(["7Q4MX9PR2K3N"], purchase!.CouponCodes);
        Assert.Empty(PurchaseRules.Validate(Valid(), Now).Purchase!.CouponCodes);

        Assert.Equal(
            ["couponCodes[1]"],
            PurchaseRules.Validate(Valid() with { CouponCodes = ["7Q4MX9PR2K3N", "7Q4MX9PR2K30"] }, Now).Errors.Keys);
        Assert.Equal(
            ["couponCodes[0]"], PurchaseRules.Validate(Valid() with { CouponCodes = [null] }, Now).Errors.Keys);
        Assert.Equal(
            ["couponCodes"],
            PurchaseRules.Validate(Valid() with { CouponCodes = ["7Q4MX9PR2K3N", "7q4mx9pr2k3n"] }, Now).Errors.Keys);
        Assert.Equal(
            ["couponCodes"],
            PurchaseRules.Validate(
                Valid() with { CouponCodes = [.. Enumerable.Repeat("7Q4MX9PR2K3N", 6)] }, Now).Errors.Keys);
    }

    [Fact]
    public void The_advisor_is_optional_trimmed_and_at_most_64_characters()
    {
        Assert.Null(PurchaseRules.Validate(Valid(), Now).Purchase!.AdvisorId);
        Assert.Null(PurchaseRules.Validate(Valid() with { AdvisorId = "   " }, Now).Purchase!.AdvisorId);
        Assert.Equal(
            "demo.jingan",
            PurchaseRules.Validate(Valid() with { AdvisorId = " demo.jingan " }, Now).Purchase!.AdvisorId);
        Assert.Equal(
            new string('a', 64),
            PurchaseRules.Validate(Valid() with { AdvisorId = new string('a', 64) }, Now).Purchase!.AdvisorId);
        Assert.Equal(
            ["advisorId"],
            PurchaseRules.Validate(Valid() with { AdvisorId = new string('a', 65) }, Now).Errors.Keys);
    }
}
