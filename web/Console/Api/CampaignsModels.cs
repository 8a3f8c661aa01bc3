using System.Text.Json.Serialization;

namespace Loyalty.Console.Api;

// Campaign's answers and requests (services/Campaign/Campaign.Api/Apis), as the console reads them. Enums travel as
// their names (strings): Trigger Schedule | SegmentEntered | PointsExpiringSoon | FirstPurchase | TierUpgraded;
// Status Draft | Active | Paused | Ended; Schedule Recurring | Yearly | BirthdayMonth; Channel Sms | WeChat | Email |
// Push; GrowthTask SecondPurchase | InviteFriends; Outcome Treated | Holdout | FrequencyCapped | BudgetExhausted |
// LimitReached.

/// <summary>A new campaign (POST /api/campaigns); the API's rules are CampaignDefinition.Validate.</summary>
public sealed record CampaignRequest
{
    public string? Name { get; init; }
    public string Trigger { get; init; } = "Schedule";
    public string? TriggerSegment { get; init; }
    public bool AllMembers { get; init; }
    public List<string>? TargetSegments { get; init; }
    public DateTimeOffset? RunAt { get; init; }
    public DateTimeOffset? StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
    public Guid? CouponTemplateId { get; init; }
    public long BonusPoints { get; init; }
    public string? MessageTemplate { get; init; }
    public string? MessageChannel { get; init; }
    public int HoldoutPercent { get; init; }
    public decimal? Budget { get; init; }
    public Dictionary<string, int>? BudgetSplit { get; init; }
    public string? Schedule { get; init; }
    public int RecurEveryDays { get; init; }
    public string? YearlyDate { get; init; }
    public TimeOnly? ScheduleTime { get; init; }
    public string? GrowthTask { get; init; }
    public int GrowthTaskDays { get; init; }
    public int GrowthTaskTarget { get; init; }
    public Guid? RewardCouponTemplateId { get; init; }
    public long RewardPoints { get; init; }

    // Issue 17's actions: sent only when used, so a platform without them reads the request as before.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SurveyCode { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? FollowUpReason { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? FollowUpDueInDays { get; init; }
}

/// <summary>A campaign as stored (GET /api/campaigns lists these).</summary>
public sealed record MarketingCampaign(
    Guid Id, string Name, string Status, string Trigger, string? TriggerSegment, bool AllMembers,
    IReadOnlyList<string> TargetSegments, DateTimeOffset? RunAt, string? Schedule, int RecurEveryDays,
    string? YearlyDate, TimeOnly? ScheduleTime, string? LastRunKey, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    Guid? CouponTemplateId, long BonusPoints, string? MessageTemplate, string MessageChannel, int HoldoutPercent,
    decimal? Budget, string? GrowthTask, int GrowthTaskDays, int GrowthTaskTarget, Guid? RewardCouponTemplateId,
    long RewardPoints, DateTimeOffset CreatedAt, DateTimeOffset? LastRunAt);

/// <summary>
/// A campaign with its budget per lifecycle segment (GET /api/campaigns/{id}, and the 201 of a create).
/// </summary>
public sealed record CampaignResponse(MarketingCampaign Campaign, IReadOnlyList<BudgetShare> BudgetShares);

/// <summary>A campaign's budget for one lifecycle segment: spent never exceeds cap.</summary>
public sealed record BudgetShare(Guid CampaignId, string ShareKey, int Percent, decimal Cap, decimal Spent);

/// <summary>Optional settings when creating a campaign from a journey template.</summary>
public sealed record JourneyRequest(decimal? Budget, int? HoldoutPercent);

/// <summary>
/// A journey template with its names by language (GET /api/campaigns/journeys/templates, branch apis-scn).
/// </summary>
public sealed record JourneyTemplate(
    string Code, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string> Descriptions,
    string Trigger, string? TriggerSegment, string? MessageTemplate, long BonusPoints, bool GivesCoupon,
    int HoldoutPercent);

/// <summary>One campaign's KPIs over the members reached in a date range (docs/kpis.md); rates are fractions.</summary>
public sealed record CampaignKpis(
    Guid? CampaignId, int Reach, int HoldoutSize, int CouponsIssued, int CouponsRedeemed,
    double? CouponRedemptionRate, double? ParticipationRate, double? RepurchaseRateTreated,
    double? RepurchaseRateHoldout, double? RepurchaseUplift, double? UpliftCi95Low, double? UpliftCi95High,
    double? WakeUpRateTreated, double? WakeUpRateHoldout, decimal? AverageOrderValue, decimal RevenueTreated,
    decimal? IncrementalRevenue, decimal Cost, double? Roi, double? TierUpgradeRateTreated,
    double? TierUpgradeRateHoldout, CampaignFeedback? Feedback = null);

/// <summary>The survey answers of treated and holdout members while the campaign ran (issue 17).</summary>
public sealed record CampaignFeedback(CampaignFeedbackScore Treated, CampaignFeedbackScore Holdout);

public sealed record CampaignFeedbackScore(
    int Answers, double? Nps, double? NpsLower95, double? NpsUpper95, double? TreatmentSatisfaction,
    double? ClinicSatisfaction);

/// <summary>A page of a campaign's deliveries, newest first (branch apis-scn).</summary>
public sealed record DeliveryPage(int Page, int PageSize, int Total, IReadOnlyList<DeliveryEntry> Items);

/// <summary>One member reached by a campaign in one run.</summary>
public sealed record DeliveryEntry(
    Guid MemberId, string RunKey, string Outcome, string? ShareKey, DateTimeOffset At, decimal Cost, Guid? CouponId,
    string? CouponStatus);

/// <summary>A coupon template as a campaign's action picks it (GET /api/coupons/templates).</summary>
public sealed record CouponTemplateSummary(Guid Id, string Name, string Kind, decimal Value, decimal Threshold);

/// <summary>A notification template in one channel and language (GET /api/notifications/templates).</summary>
public sealed record NotificationTemplateSummary(string Code, string Channel, string Language, string Body);

/// <summary>What a run by hand did: members per outcome (POST /api/campaigns/{id}/runs).</summary>
public sealed record RunResult(
    int Treated, int Holdout, int FrequencyCapped, int BudgetExhausted, int LimitReached, int AlreadyDone);
