using Loyalty.Campaign.Api.Domain.GrowthTasks;

namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// A campaign: whom it targets (all members or members of any of TargetSegments), what starts it (Trigger), what it
/// does for each treated member (a coupon, bonus points, a message), and its guard rails (holdout share, budget).
/// </summary>
public sealed class MarketingCampaign
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public CampaignStatus Status { get; set; }

    public CampaignTrigger Trigger { get; set; }

    /// <summary>For SegmentEntered: the segment code that fires it.</summary>
    public string? TriggerSegment { get; set; }

    public bool AllMembers { get; set; }

    public List<string> TargetSegments { get; set; } = [];

    /// <summary>For a one-off scheduled campaign: when it runs.</summary>
    public DateTimeOffset? RunAt { get; set; }

    /// <summary>How a scheduled campaign repeats; null: once at RunAt (or by hand).</summary>
    public ScheduleKind? Schedule { get; set; }

    /// <summary>For Recurring: the days between runs (7 = weekly), from RunAt.</summary>
    public int RecurEveryDays { get; set; }

    /// <summary>For Yearly: "MM-dd" (e.g. "11-11") or "spring-festival".</summary>
    public string? YearlyDate { get; set; }

    /// <summary>For Yearly and BirthdayMonth: the clinic time of day it runs (default 10:00).</summary>
    public TimeOnly? ScheduleTime { get; set; }

    /// <summary>The run key of the last occurrence the scheduler ran.</summary>
    public string? LastRunKey { get; set; }

    public DateTimeOffset? StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }

    public Guid? CouponTemplateId { get; set; }

    public long BonusPoints { get; set; }

    /// <summary>A Notification template code (e.g. "wake-up-coupon"); null sends nothing.</summary>
    public string? MessageTemplate { get; set; }

    public Loyalty.Contracts.Channel MessageChannel { get; set; } = Loyalty.Contracts.Channel.Sms;

    /// <summary>Percent of the audience held out (0–50).</summary>
    public int HoldoutPercent { get; set; }

    /// <summary>Total budget in CNY; null for none.</summary>
    public decimal? Budget { get; set; }

    /// <summary>The "start a growth task" action: the task's kind (null starts none).</summary>
    public GrowthTaskKind? GrowthTask { get; set; }

    /// <summary>How many days the growth task runs after it starts.</summary>
    public int GrowthTaskDays { get; set; }

    /// <summary>Steps needed (purchases after the start, friends registered).</summary>
    public int GrowthTaskTarget { get; set; }

    /// <summary>The growth task's reward: a coupon of this template and/or RewardPoints.</summary>
    public Guid? RewardCouponTemplateId { get; set; }

    public long RewardPoints { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    public bool IsLiveAt(DateTimeOffset now) =>
        Status == CampaignStatus.Active && (StartsAt is null || StartsAt <= now) && (EndsAt is null || now < EndsAt);
}
