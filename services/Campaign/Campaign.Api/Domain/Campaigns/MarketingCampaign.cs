using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Contracts;

namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// A campaign: whom it targets (all members or members of any of TargetSegments), what starts it (Trigger), what it
/// does for each treated member (a coupon, bonus points, a message), and its guard rails (holdout share, budget).
/// </summary>
public sealed class MarketingCampaign
{
    private MarketingCampaign()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public CampaignStatus Status { get; private set; }

    public CampaignTrigger Trigger { get; private set; }

    /// <summary>For SegmentEntered: the segment code that fires it.</summary>
    public string? TriggerSegment { get; private set; }

    public bool AllMembers { get; private set; }

    public List<string> TargetSegments { get; private set; } = [];

    /// <summary>For a one-off scheduled campaign: when it runs.</summary>
    public DateTimeOffset? RunAt { get; private set; }

    /// <summary>How a scheduled campaign repeats; null: once at RunAt (or by hand).</summary>
    public ScheduleKind? Schedule { get; private set; }

    /// <summary>For Recurring: the days between runs (7 = weekly), from RunAt.</summary>
    public int RecurEveryDays { get; private set; }

    /// <summary>For Yearly: "MM-dd" (e.g. "11-11") or "spring-festival".</summary>
    public string? YearlyDate { get; private set; }

    /// <summary>For Yearly and BirthdayMonth: the clinic time of day it runs (default 10:00).</summary>
    public TimeOnly? ScheduleTime { get; private set; }

    /// <summary>The run key of the last occurrence the scheduler ran.</summary>
    public string? LastRunKey { get; private set; }

    public DateTimeOffset? StartsAt { get; private set; }

    public DateTimeOffset? EndsAt { get; private set; }

    public Guid? CouponTemplateId { get; private set; }

    public long BonusPoints { get; private set; }

    /// <summary>A Notification template code (e.g. "wake-up-coupon"); null sends nothing.</summary>
    public string? MessageTemplate { get; private set; }

    public Channel MessageChannel { get; private set; } = Channel.Sms;

    /// <summary>Percent of the audience held out (0–50).</summary>
    public int HoldoutPercent { get; private set; }

    /// <summary>Total budget in CNY; null for none.</summary>
    public decimal? Budget { get; private set; }

    /// <summary>The "start a growth task" action: the task's kind (null starts none).</summary>
    public GrowthTaskKind? GrowthTask { get; private set; }

    /// <summary>How many days the growth task runs after it starts.</summary>
    public int GrowthTaskDays { get; private set; }

    /// <summary>Steps needed (purchases after the start, friends registered).</summary>
    public int GrowthTaskTarget { get; private set; }

    /// <summary>The growth task's reward: a coupon of this template and/or RewardPoints.</summary>
    public Guid? RewardCouponTemplateId { get; private set; }

    public long RewardPoints { get; private set; }

    /// <summary>The "invite to a survey" action: the Feedback survey each treated member is invited to.</summary>
    public string? SurveyCode { get; private set; }

    /// <summary>The "care follow-up" action: the reason of the task Feedback opens for each treated member.</summary>
    public string? FollowUpReason { get; private set; }

    /// <summary>Clinic days until the follow-up task is due (0 to 30).</summary>
    public int FollowUpDueInDays { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastRunAt { get; private set; }

    /// <summary>
    /// A Draft campaign as the definition asks (it passed <see cref="CampaignDefinition.Validate"/>): names trimmed,
    /// instants in UTC, and the settings of a schedule or growth task it does not have left at their empty values.
    /// </summary>
    public static MarketingCampaign Create(Guid id, CampaignDefinition definition, DateTimeOffset now)
    {
        var growthTask = definition.GrowthTask is not null;
        return new MarketingCampaign
        {
            Id = id,
            Name = definition.Name!.Trim(),
            Status = CampaignStatus.Draft,
            Trigger = definition.Trigger,
            TriggerSegment = definition.TriggerSegment?.Trim(),
            AllMembers = definition.AllMembers,
            TargetSegments = definition.TargetSegments?.Select(s => s.Trim()).Distinct().ToList() ?? [],
            RunAt = definition.RunAt?.ToUniversalTime(),
            StartsAt = definition.StartsAt?.ToUniversalTime(),
            EndsAt = definition.EndsAt?.ToUniversalTime(),
            CouponTemplateId = definition.CouponTemplateId,
            BonusPoints = definition.BonusPoints,
            MessageTemplate = definition.MessageTemplate?.Trim(),
            MessageChannel = definition.MessageChannel ?? Channel.Sms,
            HoldoutPercent = definition.HoldoutPercent,
            Budget = definition.Budget,
            CreatedAt = now,
            Schedule = definition.Schedule,
            RecurEveryDays = definition.Schedule == ScheduleKind.Recurring ? definition.RecurEveryDays : 0,
            YearlyDate = definition.Schedule == ScheduleKind.Yearly
                ? CampaignSchedule.NormalizeYearlyDate(definition.YearlyDate)
                : null,
            ScheduleTime = definition.Schedule is ScheduleKind.Yearly or ScheduleKind.BirthdayMonth
                ? definition.ScheduleTime ?? CampaignSchedule.DefaultTime
                : null,
            GrowthTask = definition.GrowthTask,
            GrowthTaskDays = growthTask ? definition.GrowthTaskDays : 0,
            GrowthTaskTarget = growthTask ? definition.GrowthTaskTarget : 0,
            RewardCouponTemplateId = growthTask ? definition.RewardCouponTemplateId : null,
            RewardPoints = growthTask ? definition.RewardPoints : 0,
            SurveyCode = definition.SurveyCode?.Trim(),
            FollowUpReason = definition.FollowUpReason?.Trim(),
            FollowUpDueInDays = definition.FollowUpReason is null ? 0 : definition.FollowUpDueInDays,
        };
    }

    /// <summary>The budget shares of a new campaign, split by lifecycle segment (none without a budget).</summary>
    public IReadOnlyList<BudgetShare> BudgetShares(IReadOnlyDictionary<string, int>? split) =>
        Budget is { } budget ? BudgetSplit.Shares(Id, budget, split ?? BudgetSplit.Default) : [];

    /// <summary>An ended campaign is final: it cannot start or pause again.</summary>
    public bool CanMoveTo(CampaignStatus status) => Status != CampaignStatus.Ended || status == CampaignStatus.Ended;

    /// <summary>Activates, pauses or ends the campaign (<see cref="CanMoveTo"/> first).</summary>
    public void MoveTo(CampaignStatus status)
    {
        if (!CanMoveTo(status))
        {
            throw new InvalidOperationException($"Campaign {Id} has ended; it cannot become {status}.");
        }

        Status = status;
    }

    public void Activate() => MoveTo(CampaignStatus.Active);

    public bool IsLiveAt(DateTimeOffset now) =>
        Status == CampaignStatus.Active && (StartsAt is null || StartsAt <= now) && (EndsAt is null || now < EndsAt);

    /// <summary>Whether the member is in this campaign's control group (stable on every replica and run).</summary>
    public bool HoldsOut(Guid memberId) => Holdout.IsHeldOut(Id, memberId, HoldoutPercent);

    /// <summary>
    /// What reaching one member costs the budget, in CNY: the coupon's face value and the bonus points at their worth,
    /// and for a growth task its whole reward, promised when the task starts (so the campaign never starts more tasks
    /// than it could reward, even if every member completes theirs).
    /// </summary>
    public decimal CostPerMember(CouponTemplate? coupon, CouponTemplate? rewardCoupon, decimal pointValueCny) =>
        (coupon?.FaceValue ?? 0m) + (BonusPoints * pointValueCny)
        + (GrowthTask is null ? 0m : (rewardCoupon?.FaceValue ?? 0m) + (RewardPoints * pointValueCny));

    /// <summary>
    /// What a run under <paramref name="runKey"/> staged (points request, message): once per run key.
    /// </summary>
    public string RunRef(string runKey) => $"campaign:{Id:N}:{runKey}";

    /// <summary>The source of the coupon a run issues one member: one per campaign, member and run key.</summary>
    public string CouponRef(Guid memberId, string runKey) => $"campaign:{Id:N}:{memberId:N}:{runKey}";

    /// <summary>
    /// The request id of what a run under <paramref name="runKey"/> asks of another service for one member
    /// (<paramref name="action"/>: "survey", "follow-up"): the same every time, so a redelivered event or a repeated
    /// run asks once.
    /// </summary>
    public Guid RequestId(string action, Guid memberId, string runKey) =>
        StableIds.Of($"{CouponRef(memberId, runKey)}:{action}");
}
