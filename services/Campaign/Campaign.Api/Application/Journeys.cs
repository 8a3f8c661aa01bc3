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

    public static IReadOnlyList<string> Codes { get; } =
        [DormantWakeUp, PointsExpiringReminder, NewMemberGrowthTasks, BirthdayMonth];

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
        _ => null,
    };
}
