using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Contracts;
using Loyalty.ServiceDefaults;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>
/// An admin's campaign. Target: allMembers, or targetSegments (segment codes: lifecycle-*, rfm-*, rule-*). Trigger:
/// Schedule (runAt for one-off, or run by hand), SegmentEntered (triggerSegment), PointsExpiringSoon, FirstPurchase,
/// TierUpgraded or DetractorAnswered. Actions: couponTemplateId, bonusPoints, messageTemplate, growthTask, surveyCode,
/// followUpReason. Budget in CNY, split by budgetSplit (percent per lifecycle segment,
/// default new 20 / active 50 / dormant 30).
/// </summary>
/// <param name="Name">The campaign's name (at most 128 characters).</param>
/// <param name="Trigger">What starts it: Schedule (the default), SegmentEntered, PointsExpiringSoon, FirstPurchase,
/// TierUpgraded or DetractorAnswered (a member's survey answer with NPS 0–6).</param>
/// <param name="TriggerSegment">For SegmentEntered: the segment code that fires it, e.g. lifecycle-dormant.</param>
/// <param name="AllMembers">A scheduled run targets every member (else targetSegments).</param>
/// <param name="TargetSegments">For a scheduled campaign without allMembers: the segment codes it targets.</param>
/// <param name="RunAt">A one-off scheduled run, or the first run of a recurring one (any offset).</param>
/// <param name="StartsAt">Triggers fire from this instant on; at once when left out.</param>
/// <param name="EndsAt">Triggers stop firing at this instant (after startsAt); never when left out.</param>
/// <param name="CouponTemplateId">A coupon of this template for each treated member.</param>
/// <param name="BonusPoints">Points for each treated member (0 to 1,000,000).</param>
/// <param name="MessageTemplate">A Notification template code (at most 64 characters) sent to each treated
/// member.</param>
/// <param name="MessageChannel">The message's channel: Sms (the default), WeChat, Email or Push.</param>
/// <param name="HoldoutPercent">Percent of the audience held out as the control group (0 to 50).</param>
/// <param name="Budget">Total budget in CNY (more than 0); none when left out.</param>
/// <param name="BudgetSplit">Percent of the budget per lifecycle segment code, adding up to 100.</param>
public sealed record CampaignRequest(
    string? Name, CampaignTrigger Trigger = CampaignTrigger.Schedule, string? TriggerSegment = null,
    bool AllMembers = false, List<string>? TargetSegments = null, DateTimeOffset? RunAt = null,
    DateTimeOffset? StartsAt = null, DateTimeOffset? EndsAt = null, Guid? CouponTemplateId = null, long BonusPoints = 0,
    string? MessageTemplate = null, Channel? MessageChannel = null, int HoldoutPercent = 0, decimal? Budget = null,
    Dictionary<string, int>? BudgetSplit = null) : IRequestExample<CampaignRequest>
{
    public static CampaignRequest Example { get; } = new(
        "双十二 沉睡会员唤醒", CampaignTrigger.Schedule, TargetSegments: ["lifecycle-dormant"],
        RunAt: DateTimeOffset.Parse("2026-12-12T10:00:00+08:00"), BonusPoints: 200, MessageTemplate: "wake-up-coupon",
        HoldoutPercent: 10, Budget: 20_000m);

    /// <summary>
    /// How a scheduled campaign repeats: Recurring (runAt is the first run, recurEveryDays), Yearly (yearlyDate),
    /// BirthdayMonth; once when left out.
    /// </summary>
    public ScheduleKind? Schedule { get; init; }

    /// <summary>For Recurring: the days between runs from runAt (1 to 366; 7 is weekly).</summary>
    public int RecurEveryDays { get; init; }

    /// <summary>"MM-dd", or "618", "double-11", "double-12", "christmas", "spring-festival".</summary>
    public string? YearlyDate { get; init; }

    /// <summary>Clinic time of day for Yearly and BirthdayMonth runs (default 10:00).</summary>
    public TimeOnly? ScheduleTime { get; init; }

    /// <summary>The "start a growth task" action: SecondPurchase or InviteFriends; none when left out.</summary>
    public GrowthTaskKind? GrowthTask { get; init; }

    /// <summary>For a growth task: how many days it runs (1 to 366).</summary>
    public int GrowthTaskDays { get; init; }

    /// <summary>
    /// For a growth task: the steps it needs (1 to 100 purchases after the start, or friends who register).
    /// </summary>
    public int GrowthTaskTarget { get; init; }

    /// <summary>For a growth task: the coupon template of its reward.</summary>
    public Guid? RewardCouponTemplateId { get; init; }

    /// <summary>For a growth task: the points of its reward (0 to 1,000,000).</summary>
    public long RewardPoints { get; init; }

    /// <summary>
    /// The "invite to a survey" action: each treated member is invited to this Feedback survey (code, at most 64
    /// characters; Feedback applies consent and its one-invitation-per-period rule).
    /// </summary>
    public string? SurveyCode { get; init; }

    /// <summary>
    /// The "care follow-up" action: Feedback opens a follow-up task (回访) with this reason at each treated member's
    /// home store (at most 200 characters).
    /// </summary>
    public string? FollowUpReason { get; init; }

    /// <summary>For a follow-up: clinic days until the task is due (0 to 30, default 2).</summary>
    public int FollowUpDueInDays { get; init; } = CampaignDefinition.DefaultFollowUpDueInDays;

    /// <summary>What the request asks for, as the domain takes it; its rules are the domain's.</summary>
    public CampaignDefinition ToDefinition() => new(
        Name, Trigger, TriggerSegment, AllMembers, TargetSegments, RunAt, StartsAt, EndsAt, CouponTemplateId,
        BonusPoints, MessageTemplate, MessageChannel, HoldoutPercent, Budget, BudgetSplit)
    {
        Schedule = Schedule, RecurEveryDays = RecurEveryDays, YearlyDate = YearlyDate, ScheduleTime = ScheduleTime,
        GrowthTask = GrowthTask, GrowthTaskDays = GrowthTaskDays, GrowthTaskTarget = GrowthTaskTarget,
        RewardCouponTemplateId = RewardCouponTemplateId, RewardPoints = RewardPoints, SurveyCode = SurveyCode,
        FollowUpReason = FollowUpReason, FollowUpDueInDays = FollowUpDueInDays,
    };

    public Dictionary<string, string[]> Validate() => ToDefinition().Validate();
}
