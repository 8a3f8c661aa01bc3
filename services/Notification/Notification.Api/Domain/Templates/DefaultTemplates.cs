using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Domain.Templates;

/// <summary>
/// The templates the service ships (seeded by migration) for every channel, in zh-CN and en: the codes and
/// variables agreed with the requesting services. memberName, store (the store's name in the message's language) and
/// couponBenefit (<see cref="CouponWording"/>) are filled by this service; every template names the store.
/// </summary>
public static class DefaultTemplates
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static IReadOnlyList<string> Languages { get; } = [Chinese, English];

    private static readonly DateTimeOffset Shipped = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static readonly (string Code, string ZhSubject, string Zh, string EnSubject, string En)[] Texts =
    [
        ("wake-up-coupon",
            "好久不见，送您一张优惠券",
            "{{memberName}}您好，好久不见！{{store}}为您准备了一张{{couponBenefit}}，券码{{couponCode}}，{{expiryDate}}前有效，期待您的光临。",
            "We miss you: a coupon for you",
            "Hello {{memberName}}, we miss you! {{store}} has a coupon for you: {{couponBenefit}}, code {{couponCode}}, valid until {{expiryDate}}."),
        ("coupon-issued",
            "您获得了一张优惠券",
            "{{memberName}}您好，您获得一张{{couponBenefit}}，券码{{couponCode}}，{{expiryDate}}前在{{store}}使用有效。",
            "A coupon for you",
            "Hello {{memberName}}, you have a coupon for {{couponBenefit}}, code {{couponCode}}, valid at {{store}} until {{expiryDate}}."),
        ("points-expiring",
            "积分即将到期",
            "{{memberName}}您好，您有{{points}}积分将于{{expiryDate}}到期，欢迎到{{store}}使用。",
            "Your points expire soon",
            "Hello {{memberName}}, {{points}} of your points expire on {{expiryDate}}. Use them at {{store}}."),
        ("points-expired",
            "积分已到期",
            "{{memberName}}您好，您有{{points}}积分已到期，如有疑问请联系{{store}}。",
            "Points expired",
            "Hello {{memberName}}, {{points}} of your points have expired. Questions? Ask us at {{store}}."),
        ("tier-changed",
            "会员等级变更",
            "{{memberName}}您好，您的会员等级已变更为{{tier}}，{{store}}期待您的光临。",
            "Your membership tier changed",
            "Hello {{memberName}}, your membership tier is now {{tier}}. We look forward to seeing you at {{store}}."),
        ("birthday-gift",
            "生日快乐",
            "{{memberName}}生日快乐！{{store}}为您送上生日礼物：一张{{couponBenefit}}，{{expiryDate}}前有效。",
            "Happy birthday",
            "Happy birthday, {{memberName}}! {{store}} gives you a birthday coupon for {{couponBenefit}}, valid until {{expiryDate}}."),
        ("sign-in-code",
            "登录验证码",
            "【{{store}}】您的登录验证码是{{code}}，5分钟内有效。请勿告诉他人。",
            "Your sign-in code",
            "{{store}}: your sign-in code is {{code}}. It is valid for 5 minutes. Never share it."),
        ("growth-task-completed",
            "任务完成",
            "{{memberName}}您好，您已完成任务「{{taskName}}」，获得{{reward}}，欢迎到{{store}}使用。",
            "Task completed",
            "Hello {{memberName}}, you completed \"{{taskName}}\" and earned {{reward}}. See you at {{store}}."),
        ("survey-invitation",
            "邀请您评价本次服务",
            "{{memberName}}您好，感谢您光临{{store}}！邀请您花一分钟完成「{{surveyName}}」：{{link}}（{{expiresOn}}前有效）。",
            "How was your visit?",
            "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for \"{{surveyName}}\": {{link}} (valid until {{expiresOn}})."),
    ];

    public static IReadOnlyList<string> Codes { get; } = Texts.Select(t => t.Code).ToList();

    public static IReadOnlyList<MessageTemplate> All { get; } =
    [
        .. from text in Texts
           from channel in Enum.GetValues<Channel>()
           from language in Languages
           let chinese = language == Chinese
           select MessageTemplate.Create(
               new TemplateKey(text.Code, channel, language),
               channel == Channel.Email ? (chinese ? text.ZhSubject : text.EnSubject) : null,
               chinese ? text.Zh : text.En,
               Shipped),
    ];

    /// <summary>How a tier is named to members in a language.</summary>
    public static string TierName(Tier tier, string language) => (tier, language == Chinese) switch
    {
        (Tier.Standard, true) => "普通会员",
        (Tier.Silver, true) => "银卡",
        (Tier.Gold, true) => "金卡",
        (Tier.Diamond, true) => "钻石",
        _ => tier.ToString(),
    };
}
