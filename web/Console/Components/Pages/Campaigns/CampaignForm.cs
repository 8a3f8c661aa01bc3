using Loyalty.Console.Api;
using Loyalty.Console.Components.Pages.Segments;
using Loyalty.Console.Extensions;

namespace Loyalty.Console.Components.Pages.Campaigns;

/// <summary>
/// The "from scratch" form as the operator fills it (clinic dates and times, a frequency, a budget split), turned into
/// the API's CampaignRequest when saved. The API, not the form, decides what is valid.
/// </summary>
public sealed class CampaignForm
{
    public string? Name { get; set; }
    public string Trigger { get; set; } = "Schedule";
    public string? TriggerSegment { get; set; }
    public bool AllMembers { get; set; }
    public IReadOnlyCollection<string> TargetSegments { get; set; } = [];

    /// <summary>Once, Recurring, Yearly or BirthdayMonth (the API's schedule; Once is none).</summary>
    public string Frequency { get; set; } = "Once";
    public DateOnly? RunDate { get; set; }
    public TimeSpan? RunTime { get; set; } = new(10, 0, 0);
    public int RecurEveryDays { get; set; } = 7;
    public string? YearlyDate { get; set; } = "double-11";

    public DateTime? StartsOn { get; set; }
    public DateTime? EndsOn { get; set; }

    public Guid? CouponTemplateId { get; set; }
    public long BonusPoints { get; set; }
    public string? MessageTemplate { get; set; }
    public string MessageChannel { get; set; } = "Sms";
    public string? GrowthTask { get; set; }
    public int GrowthTaskDays { get; set; } = 30;
    public int GrowthTaskTarget { get; set; } = 1;
    public Guid? RewardCouponTemplateId { get; set; }
    public long RewardPoints { get; set; }
    public string? SurveyCode { get; set; }
    public string? FollowUpReason { get; set; }
    public int FollowUpDueInDays { get; set; } = 2;

    public decimal? Budget { get; set; }
    public Dictionary<string, int> Split { get; } =
        CampaignText.BudgetSegments.ToDictionary(s => s.Code, s => s.Percent);
    public int HoldoutPercent { get; set; } = 10;

    public CampaignRequest ToRequest()
    {
        var scheduled = Trigger == "Schedule";
        var time = RunTime ?? new TimeSpan(10, 0, 0);
        var runsAtDate = scheduled && Frequency is "Once" or "Recurring" && RunDate is not null;
        var growthTask = string.IsNullOrEmpty(GrowthTask) ? null : GrowthTask;
        return new CampaignRequest
        {
            Name = Name?.Trim(),
            Trigger = Trigger,
            TriggerSegment = Trigger == "SegmentEntered" ? TriggerSegment : null,
            AllMembers = scheduled && AllMembers,
            TargetSegments = scheduled && !AllMembers ? [.. TargetSegments] : null,
            RunAt = runsAtDate ? ClinicDay.At(RunDate!.Value, time) : null,
            Schedule = scheduled && Frequency != "Once" ? Frequency : null,
            RecurEveryDays = scheduled && Frequency == "Recurring" ? RecurEveryDays : 0,
            YearlyDate = scheduled && Frequency == "Yearly" ? YearlyDate?.Trim() : null,
            ScheduleTime = scheduled && Frequency is "Yearly" or "BirthdayMonth" ? TimeOnly.FromTimeSpan(time) : null,
            StartsAt = StartsOn is { } start ? ClinicDay.At(DateOnly.FromDateTime(start), TimeSpan.Zero) : null,
            // "Ends after" a day: triggers stop at the next midnight.
            EndsAt = EndsOn is { } end ? ClinicDay.At(DateOnly.FromDateTime(end).AddDays(1), TimeSpan.Zero) : null,
            CouponTemplateId = CouponTemplateId,
            BonusPoints = BonusPoints,
            MessageTemplate = string.IsNullOrWhiteSpace(MessageTemplate) ? null : MessageTemplate,
            MessageChannel = string.IsNullOrWhiteSpace(MessageTemplate) ? null : MessageChannel,
            GrowthTask = growthTask,
            GrowthTaskDays = growthTask is null ? 0 : GrowthTaskDays,
            GrowthTaskTarget = growthTask is null ? 0 : GrowthTaskTarget,
            RewardCouponTemplateId = growthTask is null ? null : RewardCouponTemplateId,
            RewardPoints = growthTask is null ? 0 : RewardPoints,
            SurveyCode = string.IsNullOrWhiteSpace(SurveyCode) ? null : SurveyCode,
            FollowUpReason = string.IsNullOrWhiteSpace(FollowUpReason) ? null : FollowUpReason.Trim(),
            FollowUpDueInDays = string.IsNullOrWhiteSpace(FollowUpReason) ? null : FollowUpDueInDays,
            HoldoutPercent = HoldoutPercent,
            Budget = Budget,
            BudgetSplit = Budget is null ? null : new Dictionary<string, int>(Split),
        };
    }
}
