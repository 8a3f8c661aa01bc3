using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.GrowthTasks;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// The seeds' journeys as ready templates: an admin creates one as a Draft campaign (with its coupon template) and
/// activates it. Budget and holdout may be given; the rest is the journey's.
/// </summary>
public static class Journeys
{
    public const string DormantWakeUp = "dormant-wake-up";
    public const string PointsExpiringReminder = "points-expiring-reminder";
    public const string NewMemberGrowthTasks = "new-member-growth-tasks";
    public const string BirthdayMonth = "birthday-month";
    public const string DetractorCare = "detractor-care";

    /// <summary>The Notification template of the detractor-care journey's message.</summary>
    public const string DetractorCareMessage = "detractor-care";

    /// <summary>What a console shows to offer "start from a template", in zh-CN and English.</summary>
    public static IReadOnlyList<JourneyDescription> Descriptions { get; } =
    [
        new(DormantWakeUp, "沉睡会员唤醒", "Dormant wake-up",
            "会员进入沉睡层时发放 200 减 80 专属券 (3 天有效) 并发送唤醒短信, 留 10% 对照组。",
            "When a member turns dormant: a 200 minus 80 CNY coupon valid 3 days and a wake-up message; "
            + "10 % held out."),
        new(PointsExpiringReminder, "积分到期提醒", "Expiring points reminder",
            "会员积分即将到期时发送提醒消息。",
            "A reminder message when a member's points are about to expire."),
        new(NewMemberGrowthTasks, "新会员成长任务", "New-member growth tasks",
            "首次消费后开启任务: 3 天内再次消费得 50 元券 (30 天有效)。",
            "The first purchase starts a task: buy again within 3 days to earn a 50 CNY coupon (valid 30 days)."),
        new(BirthdayMonth, "生日月礼遇", "Birthday month",
            "每月 1 日, 当月生日会员获得 200 积分、100 元生日礼券 (30 天有效) 和生日祝福消息。",
            "On the 1st of each month, members born that month get 200 bonus points, a 100 CNY gift coupon "
            + "(valid 30 days) and a birthday message."),
        new(DetractorCare, "不满意会员关怀", "Detractor care",
            "会员在满意度调查中给出 0-6 分时, 次日前由门店回访并发送关怀消息。",
            "When a member answers a survey as a detractor (NPS 0–6): a care call from her store due the next day "
            + "and a care message."),
    ];

    // After Descriptions: static initializers run in the order they are written.
    public static IReadOnlyList<string> Codes { get; } = [.. Descriptions.Select(d => d.Code)];

    /// <summary>The journey's coupon template (null when it gives none).</summary>
    public static CouponTemplateDefinition? CouponFor(string code) => code switch
    {
        DormantWakeUp => new CouponTemplateDefinition(
            "唤醒券 200 减 80 (专属)", CouponKind.AmountOff, 80m, Threshold: 200m, ValidDays: 3),
        NewMemberGrowthTasks => new CouponTemplateDefinition("成长任务奖励 50 元券", CouponKind.AmountOff, 50m, ValidDays: 30),
        BirthdayMonth => new CouponTemplateDefinition("生日月礼券 100 元", CouponKind.AmountOff, 100m, ValidDays: 30),
        _ => null,
    };

    public static CampaignDefinition? CampaignFor(
        string code, Guid? couponTemplateId, decimal? budget, int? holdoutPercent) => code switch
    {
        DormantWakeUp => new CampaignDefinition(
            "沉睡会员唤醒 (dormant wake-up)", CampaignTrigger.SegmentEntered, BudgetSplit.Dormant, false, null, null, null,
            null, couponTemplateId, 0, "wake-up-coupon", null, holdoutPercent ?? 10, budget, null),
        PointsExpiringReminder => new CampaignDefinition(
            "积分到期提醒 (points expiring reminder)", CampaignTrigger.PointsExpiringSoon, null, false, null, null, null,
            null, null, 0, "points-expiring", null, holdoutPercent ?? 0, budget, null),
        // On the 1st of each month (10:00 clinic time), members born that month get bonus points, a gift coupon and the
        // birthday-gift message.
        BirthdayMonth => new CampaignDefinition(
            "生日月双倍积分与礼券 (birthday month: double points and gift)", CampaignTrigger.Schedule, null, true, null, null,
            null, null, couponTemplateId, 200, "birthday-gift", null, holdoutPercent ?? 0, budget, null)
        {
            Schedule = ScheduleKind.BirthdayMonth, ScheduleTime = CampaignSchedule.DefaultTime,
        },
        // The first purchase starts "buy again within 3 days, earn a 50 CNY coupon"; the coupon is the task's reward.
        NewMemberGrowthTasks => new CampaignDefinition(
            "新会员成长任务: 3 天内再次消费得 50 元券 (new-member growth tasks)", CampaignTrigger.FirstPurchase, null, false, null,
            null, null, null, null, 0, null, null, holdoutPercent ?? 0, budget, null)
        {
            GrowthTask = GrowthTaskKind.SecondPurchase, GrowthTaskDays = 3, GrowthTaskTarget = 1,
            RewardCouponTemplateId = couponTemplateId,
        },
        // A detractor's answer: her home store calls her within a clinic day (Feedback's follow-up task), and she gets
        // a care message.
        DetractorCare => new CampaignDefinition(
            "不满意会员关怀回访 (detractor care)", CampaignTrigger.DetractorAnswered, null, false, null, null, null, null,
            null, 0, DetractorCareMessage, null, holdoutPercent ?? 0, budget, null)
        {
            FollowUpReason = "NPS 贬损者关怀回访 (detractor care call)", FollowUpDueInDays = 1,
        },
        _ => null,
    };
}

/// <summary>A journey template's code with its names and descriptions in zh-CN and English.</summary>
public sealed record JourneyDescription(
    string Code, string NameZh, string NameEn, string DescriptionZh, string DescriptionEn);
