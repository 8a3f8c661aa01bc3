using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts;

namespace Loyalty.Feedback.Api.Domain.Settings;

/// <summary>
/// When invitations go out (one row): which purchases invite to which survey, how many clinic days later and at what
/// local time, how often a member may be asked, how long a link works, on which channel, and when an answer opens a
/// follow-up.
/// </summary>
public sealed class FeedbackSettings
{
    public const int Id = 1;

    private FeedbackSettings()
    {
    }

    public int Key { get; private set; } = Id;

    public string AfterTreatmentSurveyCode { get; private set; } = Surveys.DefaultSurvey.Code;

    /// <summary>The categories that count as a treatment until an operator says otherwise.</summary>
    public static IReadOnlyList<string> DefaultTreatmentCategories { get; } = ["injectables", "laser", "body"];

    public List<string> TreatmentCategories { get; private set; } = [.. DefaultTreatmentCategories];

    public int DelayDays { get; private set; } = 3;

    public TimeOnly SendAtLocalTime { get; private set; } = new(10, 0);

    public int MinDaysBetweenInvitations { get; private set; } = 30;

    public int LinkValidDays { get; private set; } = 7;

    public Channel Channel { get; private set; } = Channel.Sms;

    public int FollowUpBelowSatisfaction { get; private set; } = 3;

    public int FollowUpDueDays { get; private set; } = 2;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static FeedbackSettings Defaults(DateTimeOffset now) => new() { UpdatedAt = now };

    public void Change(FeedbackSettingsDefinition definition, DateTimeOffset now)
    {
        AfterTreatmentSurveyCode = definition.AfterTreatmentSurveyCode;
        TreatmentCategories = [.. definition.TreatmentCategories.Select(c => c.Trim().ToLowerInvariant()).Distinct()];
        DelayDays = definition.DelayDays;
        SendAtLocalTime = definition.SendAtLocalTime;
        MinDaysBetweenInvitations = definition.MinDaysBetweenInvitations;
        LinkValidDays = definition.LinkValidDays;
        Channel = definition.Channel;
        FollowUpBelowSatisfaction = definition.FollowUpBelowSatisfaction;
        FollowUpDueDays = definition.FollowUpDueDays;
        UpdatedAt = now;
    }

    /// <summary>Whether a purchase with an item of this category invites to the after-treatment survey.</summary>
    public bool IsTreatment(string category) =>
        TreatmentCategories.Contains(category.Trim().ToLowerInvariant());

    /// <summary><see cref="DelayDays"/> clinic days after the purchase, at <see cref="SendAtLocalTime"/>.</summary>
    public DateTimeOffset InvitationTimeAfter(DateTimeOffset paidAt) =>
        ClinicTime.StartOf(ClinicTime.DateOf(paidAt).AddDays(DelayDays)) + SendAtLocalTime.ToTimeSpan();

    /// <summary>A follow-up opened now is due this many clinic days later.</summary>
    public DateOnly FollowUpDueOn(DateTimeOffset now, int? dueInDays = null) =>
        ClinicTime.DateOf(now).AddDays(dueInDays ?? FollowUpDueDays);
}

/// <summary>The settings an operator gives; <see cref="Validate"/> holds their ranges.</summary>
public sealed record FeedbackSettingsDefinition(
    string AfterTreatmentSurveyCode,
    IReadOnlyList<string> TreatmentCategories,
    int DelayDays,
    TimeOnly SendAtLocalTime,
    int MinDaysBetweenInvitations,
    int LinkValidDays,
    Channel Channel,
    int FollowUpBelowSatisfaction,
    int FollowUpDueDays)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Range("delayDays", DelayDays, 0, 60);
        Range("minDaysBetweenInvitations", MinDaysBetweenInvitations, 0, 365);
        Range("linkValidDays", LinkValidDays, 1, 90);
        Range("followUpBelowSatisfaction", FollowUpBelowSatisfaction, 1, 6);
        Range("followUpDueDays", FollowUpDueDays, 0, 30);
        if (TreatmentCategories.Any(string.IsNullOrWhiteSpace) || TreatmentCategories.Count > 50)
        {
            errors["treatmentCategories"] = ["Up to 50 category names, none empty."];
        }

        if (SendAtLocalTime.Second != 0 || SendAtLocalTime.Millisecond != 0)
        {
            errors["sendAtLocalTime"] = ["A local time in whole minutes (HH:mm)."];
        }

        return errors;

        void Range(string field, int value, int lowest, int highest)
        {
            if (value < lowest || value > highest)
            {
                errors[field] = [$"{field} is {lowest} to {highest}."];
            }
        }
    }
}
