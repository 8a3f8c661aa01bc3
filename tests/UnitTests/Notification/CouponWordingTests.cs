using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain.Templates;
using Loyalty.Notification.Api.Application;
using Microsoft.Extensions.Configuration;

namespace Loyalty.UnitTests.Notification;

/// <summary>Coupon messages say what the coupon gives, as a member reads it, and name the store.</summary>
public class CouponWordingTests
{
    private static string Rendered(string code, string language, Dictionary<string, string> coupon)
    {
        var body = DefaultTemplates.All.Single(t =>
            t.Code == code && t.Language == language && t.Channel == Channel.Sms).Body;
        var variables = new Dictionary<string, string>(coupon)
        {
            ["memberName"] = language == "en" ? "Li" : "王丽",
            ["store"] = language == "en" ? "Xuhui Clinic" : "徐汇店",
            ["expiryDate"] = "2026-12-31",
            ["couponCode"] = "7Q4MX9PR2K3N",
        };
        CouponWording.AddBenefit(variables, language);
        var (text, missing) = TemplateRenderer.Render(body, variables);
        Assert.Empty(missing);
        return text!;
    }

    private static Dictionary<string, string> Percent(
        string value,
        string threshold = "0",
        string? cap = "100") => new()
    {
        ["couponKind"] = "PercentOff", ["couponValue"] = value, ["threshold"] = threshold, ["maxDiscount"] = cap ?? "",
    };

    [Fact]
    public void A_20_percent_coupon_reads_as_8zhe_in_Chinese_and_20_percent_off_in_English_never_as_20_yuan()
    {
        var zh = Rendered("coupon-issued", "zh-CN", Percent("20"));
        var en = Rendered("coupon-issued", "en", Percent("20"));

        Assert.Equal("王丽您好，您获得一张8折优惠券（最高减100元），券码7Q4MX9PR2K3N，2026-12-31前在徐汇店使用有效。", zh);
        Assert.DoesNotContain("20元", zh);
        Assert.Equal("Hello Li, you have a coupon for 20% off (at most 100 CNY), code 7Q4MX9PR2K3N, valid at Xuhui " +
            "Clinic until 2026-12-31.", en);
    }

    [Theory]
    [InlineData("15", "0", "8.5折优惠券（最高减100元）", "15% off (at most 100 CNY)")]
    [InlineData("30", "500", "满500元7折的优惠券（最高减100元）", "30% off when you spend 500 CNY (at most 100 CNY)")]
    public void Other_percentages_and_thresholds_read_as_a_member_expects(
        string value,
        string threshold,
        string zh,
        string en)
    {
        Assert.Equal(zh, CouponWording.Benefit(Percent(value, threshold), "zh-CN"));
        Assert.Equal(en, CouponWording.Benefit(Percent(value, threshold), "en"));
    }

    [Fact]
    public void An_amount_off_reads_in_yuan_and_a_free_treatment_or_gift_by_its_name()
    {
        var amountOff = new Dictionary<string, string> { ["couponKind"] = "AmountOff",
            ["couponValue"] = "80", ["threshold"] = "200" };
        var gift = new Dictionary<string, string> { ["couponKind"] = "FreeItem", ["couponValue"] = "680",
            ["threshold"] = "0", ["giftName"] = "水光针体验" };

        Assert.Equal("王丽您好，好久不见！徐汇店为您准备了一张满200元减80元的优惠券，券码7Q4MX9PR2K3N，2026-12-31前有效，期待您的光临。",
            Rendered("wake-up-coupon", "zh-CN", amountOff));
        Assert.Equal("Hello Li, we miss you! Xuhui Clinic has a coupon for you: 80 CNY off when you spend 200 CNY, " +
            "code 7Q4MX9PR2K3N, valid until 2026-12-31.",
            Rendered("wake-up-coupon", "en", amountOff));
        Assert.Equal("王丽生日快乐！徐汇店为您送上生日礼物：一张「水光针体验」免费兑换券，2026-12-31前有效。", Rendered("birthday-gift", "zh-CN", gift));
        Assert.Equal("Happy birthday, Li! Xuhui Clinic gives you a birthday coupon for a free 水光针体验, " +
            "valid until 2026-12-31.", Rendered("birthday-gift", "en", gift));

        // A requester that sends only the value (before couponKind existed) means an amount off, as it always did.
        Assert.Equal("80元优惠券",
            CouponWording.Benefit(new Dictionary<string, string> { ["couponValue"] = "80" }, "zh-CN"));
        Assert.Null(CouponWording.Benefit(new Dictionary<string, string> { ["points"] = "120" }, "zh-CN"));
    }

    [Fact]
    public void Every_shipped_template_names_the_store()
    {
        Assert.All(DefaultTemplates.All, t => Assert.Contains("store", TemplateRenderer.VariablesOf(t.Body)));
    }

    [Fact]
    public void Stores_are_named_from_the_chains_directory_in_the_language_and_an_unknown_code_is_shown_as_it_is()
    {
        // The documented keys, as a chain's configuration (or
        // Notification__Stores__… environment variables) gives them.
        var options = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notification:Stores:SH-XUHUI-02:zh-CN"] = "徐汇店",
            ["Notification:Stores:SH-XUHUI-02:en"] = "Xuhui Clinic",
            ["Notification:Stores:SH-JINGAN-01:zh-CN"] = "静安旗舰店",
            ["Notification:StoreNames:HK-CENTRAL-01"] = "中环店",
        }).Build().GetSection(NotificationOptions.SectionName).Get<NotificationOptions>()!;

        Assert.Equal(("徐汇店", "Xuhui Clinic"),
            (options.StoreName("SH-XUHUI-02", "zh-CN"), options.StoreName("sh-xuhui-02", "en")));
        Assert.Equal("静安旗舰店", options.StoreName("SH-JINGAN-01", "en")); // no English name: the Chinese one
        Assert.Equal("中环店", options.StoreName("HK-CENTRAL-01", "en"));
        Assert.Equal("BJ-CHAOYANG-01", options.StoreName("BJ-CHAOYANG-01", "en"));
    }
}
