using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Contracts;

namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// What an admin (or a journey) asks a new campaign to be: its target, trigger or schedule, actions and guard rails.
/// <see cref="Validate"/> holds the rules a campaign must meet; <see cref="MarketingCampaign.Create"/> makes it.
/// </summary>
public sealed record CampaignDefinition(
    string? Name,
    CampaignTrigger Trigger = CampaignTrigger.Schedule,
    string? TriggerSegment = null,
    bool AllMembers = false,
    List<string>? TargetSegments = null,
    DateTimeOffset? RunAt = null,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    Guid? CouponTemplateId = null,
    long BonusPoints = 0,
    string? MessageTemplate = null,
    Channel? MessageChannel = null,
    int HoldoutPercent = 0,
    decimal? Budget = null,
    IReadOnlyDictionary<string, int>? BudgetSplit = null)
{
    public ScheduleKind? Schedule { get; init; }

    public int RecurEveryDays { get; init; }

    public string? YearlyDate { get; init; }

    public TimeOnly? ScheduleTime { get; init; }

    public GrowthTaskKind? GrowthTask { get; init; }

    public int GrowthTaskDays { get; init; }

    public int GrowthTaskTarget { get; init; }

    public Guid? RewardCouponTemplateId { get; init; }

    public long RewardPoints { get; init; }

    /// <summary>The "invite to a survey" action: the Feedback survey code (null invites to none).</summary>
    public string? SurveyCode { get; init; }

    /// <summary>The "care follow-up" action: the reason of the task Feedback opens (null opens none).</summary>
    public string? FollowUpReason { get; init; }

    /// <summary>Clinic days until the follow-up task is due.</summary>
    public int FollowUpDueInDays { get; init; } = DefaultFollowUpDueInDays;

    public const int DefaultFollowUpDueInDays = 2;
    public const int MaxFollowUpDueInDays = 30;
    public const int MaxSurveyCodeLength = 64;
    public const int MaxFollowUpReasonLength = 200;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 128)
        {
            errors["name"] = ["name is required (at most 128 characters)."];
        }

        if (!Enum.IsDefined(Trigger))
        {
            errors["trigger"] =
            [
                "trigger is Schedule, SegmentEntered, PointsExpiringSoon, FirstPurchase, TierUpgraded or "
                + "DetractorAnswered.",
            ];
        }

        if (Trigger == CampaignTrigger.SegmentEntered && string.IsNullOrWhiteSpace(TriggerSegment))
        {
            errors["triggerSegment"] =
                ["A SegmentEntered campaign names the segment code that fires it (e.g. lifecycle-dormant)."];
        }

        if (Trigger == CampaignTrigger.Schedule && !AllMembers
            && (TargetSegments is null || TargetSegments.Count == 0 || TargetSegments.Any(string.IsNullOrWhiteSpace)))
        {
            errors["targetSegments"] = ["A scheduled campaign targets allMembers or at least one segment code."];
        }

        if (CouponTemplateId is null && BonusPoints == 0 && string.IsNullOrWhiteSpace(MessageTemplate)
            && GrowthTask is null && string.IsNullOrWhiteSpace(SurveyCode) && string.IsNullOrWhiteSpace(FollowUpReason))
        {
            errors["couponTemplateId"] =
            [
                "A campaign does something: a coupon (couponTemplateId), bonusPoints, a message (messageTemplate), "
                + "a growth task (growthTask), a survey invitation (surveyCode) or a follow-up (followUpReason).",
            ];
        }

        if (SurveyCode is { } survey
            && (string.IsNullOrWhiteSpace(survey) || survey.Trim().Length > MaxSurveyCodeLength))
        {
            errors["surveyCode"] =
                [$"surveyCode is a Feedback survey code of at most {MaxSurveyCodeLength} characters."];
        }

        if (FollowUpReason is { } reason
            && (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxFollowUpReasonLength))
        {
            errors["followUpReason"] =
                [$"followUpReason says why to call the member, at most {MaxFollowUpReasonLength} characters."];
        }

        if (FollowUpDueInDays is < 0 or > MaxFollowUpDueInDays)
        {
            errors["followUpDueInDays"] = [$"followUpDueInDays is 0 to {MaxFollowUpDueInDays} clinic days."];
        }

        if (Schedule is { } schedule)
        {
            if (!Enum.IsDefined(schedule) || Trigger != CampaignTrigger.Schedule)
            {
                errors["schedule"] =
                    ["schedule is Recurring, Yearly or BirthdayMonth, for a campaign whose trigger is Schedule."];
            }
            else if (schedule == ScheduleKind.Recurring && (RunAt is null || RecurEveryDays is < 1 or > 366))
            {
                errors["recurEveryDays"] =
                    ["A recurring campaign gives its first run (runAt) and recurEveryDays (1 to 366; 7 is weekly)."];
            }
            else if (schedule == ScheduleKind.Yearly && CampaignSchedule.NormalizeYearlyDate(YearlyDate) is null)
            {
                errors["yearlyDate"] =
                [
                    "yearlyDate is MM-dd (e.g. 11-11) or one of 618, "
                    + "double-11, double-12, christmas, spring-festival.",
                ];
            }
        }

        if (GrowthTask is { } kind)
        {
            if (!Enum.IsDefined(kind))
            {
                errors["growthTask"] = ["growthTask is SecondPurchase or InviteFriends."];
            }

            if (GrowthTaskDays is < 1 or > 366)
            {
                errors["growthTaskDays"] = ["growthTaskDays is 1 to 366."];
            }

            if (GrowthTaskTarget is < 1 or > 100)
            {
                errors["growthTaskTarget"] =
                    ["growthTaskTarget is 1 to 100 (purchases after the start, or friends who register)."];
            }

            if (RewardCouponTemplateId is null && RewardPoints == 0)
            {
                errors["rewardCouponTemplateId"] =
                    ["A growth task rewards a coupon (rewardCouponTemplateId) and/or points (rewardPoints)."];
            }

            if (RewardPoints is < 0 or > 1_000_000)
            {
                errors["rewardPoints"] = ["rewardPoints is 0 to 1,000,000."];
            }
        }

        if (BonusPoints is < 0 or > 1_000_000)
        {
            errors["bonusPoints"] = ["bonusPoints is 0 to 1,000,000."];
        }

        if (MessageTemplate is { Length: > 64 })
        {
            errors["messageTemplate"] = ["messageTemplate is a template code of at most 64 characters."];
        }

        if (HoldoutPercent is < 0 or > 50)
        {
            errors["holdoutPercent"] = ["holdoutPercent is 0 to 50."];
        }

        if (Budget is <= 0m)
        {
            errors["budget"] = ["budget is more than 0 CNY (leave it out for none)."];
        }

        if (BudgetSplit is { } split && (split.Count == 0 || split.Values.Any(v => v is < 0 or > 100)
                                         || split.Values.Sum() != 100 || split.Keys.Any(string.IsNullOrWhiteSpace)))
        {
            errors["budgetSplit"] = ["budgetSplit gives each segment code a percentage; they add up to 100."];
        }

        if (StartsAt is { } start && EndsAt is { } end && end <= start)
        {
            errors["endsAt"] = ["endsAt is after startsAt."];
        }

        return errors;
    }
}
