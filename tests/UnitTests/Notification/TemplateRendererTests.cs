using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain.Templates;

namespace Loyalty.UnitTests.Notification;

public class TemplateRendererTests
{
    private static string Body(string code, string language, Channel channel = Channel.Sms) =>
        DefaultTemplates.All.Single(t => t.Code == code && t.Language == language && t.Channel == channel).Body;

    [Fact]
    public void The_wake_up_coupon_renders_in_Chinese_with_every_variable_filled()
    {
        var variables = new Dictionary<string, string>
        {
            ["memberName"] = "王丽",
            ["store"] = "静安旗舰店",
            ["couponValue"] = "80",
            ["threshold"] = "500",
            ["expiryDate"] = "2026-12-31",
            ["couponCode"] = "WAKE-7Q4M-X9PR",
        };
        CouponWording.AddBenefit(variables, "zh-CN");

        var (text, missing) = TemplateRenderer.Render(Body("wake-up-coupon", "zh-CN"), variables);

        Assert.Empty(missing);
        Assert.Equal("王丽您好，好久不见！静安旗舰店为您准备了一张满500元减80元的优惠券，券码WAKE-7Q4M-X9PR，2026-12-31前有效，期待您的光临。", text);
    }

    [Fact]
    public void Every_shipped_template_renders_in_both_languages_on_every_channel_with_the_agreed_variables()
    {
        var agreed = new Dictionary<string, string[]>
        {
            ["wake-up-coupon"] = ["couponBenefit", "expiryDate", "couponCode"],
            ["coupon-issued"] = ["couponBenefit", "expiryDate", "couponCode"],
            ["points-expiring"] = ["points", "expiryDate"],
            ["points-expired"] = ["points"],
            ["tier-changed"] = ["tier"],
            ["birthday-gift"] = ["couponBenefit", "expiryDate"],
            ["growth-task-completed"] = ["taskName", "reward"],
            ["sign-in-code"] = ["code"],
            ["survey-invitation"] = ["surveyName", "link", "expiresOn"],
        };
        Assert.Equal(agreed.Keys.Order(), DefaultTemplates.Codes.Order());
        Assert.Equal(agreed.Count * 4 * 2, DefaultTemplates.All.Count);

        foreach (var template in DefaultTemplates.All)
        {
            var variables = agreed[template.Code].Append("memberName").Append("store")
                .ToDictionary(v => v, v => $"<{v}>");
            var (body, missing) = TemplateRenderer.Render(template.Body, variables);
            Assert.Empty(missing);
            Assert.DoesNotContain("{{", body);
            Assert.Equal(template.Channel == Channel.Email, template.Subject is not null);
        }
    }

    [Fact]
    public void Every_survey_invitation_carries_her_personal_link()
    {
        var invitations = DefaultTemplates.All.Where(t => t.Code == "survey-invitation").ToList();

        Assert.Equal(4 * 2, invitations.Count);
        Assert.All(invitations, t => Assert.Contains("{{link}}", t.Body));
    }

    [Fact]
    public void A_missing_or_blank_variable_is_reported_by_name_and_nothing_is_rendered()
    {
        var (text, missing) = TemplateRenderer.Render(Body("points-expiring", "zh-CN"),
            new Dictionary<string, string> { ["memberName"] = "王丽", ["points"] = " " });

        Assert.Null(text);
        Assert.Equal(["points", "expiryDate", "store"], missing);
    }

    [Fact]
    public void Values_are_inserted_as_plain_text_never_expanded_again_and_stripped_of_control_characters()
    {
        var (text, _) = TemplateRenderer.Render("您好{{memberName}}，积分{{points}}", new Dictionary<string, string>
        {
            ["memberName"] = "{{points}}\r\n王丽\u0007",
            ["points"] = "100",
        });

        Assert.Equal("您好{{points}}王丽，积分100", text);
        var (longText, _) = TemplateRenderer.Render("{{memberName}}",
            new Dictionary<string, string> { ["memberName"] = new string('王', 500) });
        Assert.Equal(TemplateRenderer.MaxValueLength, longText!.Length);
    }

    [Fact]
    public void Tiers_are_named_in_the_members_language()
    {
        Assert.Equal(("金卡", "Gold"),
            (DefaultTemplates.TierName(Tier.Gold, "zh-CN"), DefaultTemplates.TierName(Tier.Gold, "en")));
    }
}
