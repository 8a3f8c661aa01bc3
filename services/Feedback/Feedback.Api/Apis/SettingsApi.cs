using System.Diagnostics;
using System.Globalization;
using Loyalty.Contracts;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Domain.Settings;
using Loyalty.Feedback.Api.Domain.Surveys;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Feedback.Api.Apis;

public static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/feedback/settings").WithTags("Settings")
            .RequireAuthorization(Policies.StaffOrMarketing);
        api.MapGet("/", async (FeedbackDbContext db, TimeProvider timeProvider, CancellationToken ct) =>
                TypedResults.Ok(SettingsResponse.From(await db.SettingsAsync(timeProvider, ct))))
            .WithSummary("When invitations go out: which purchases, how long after, how often, on which channel.");
        api.MapPut("/", Change).RequireAuthorization(Policies.Marketing)
            .WithSummary("Change when invitations go out (invitations already scheduled keep their time).");
        return app;
    }

    public static async Task<Results<Ok<SettingsResponse>, ValidationProblem>> Change(
        SettingsRequest request, ChangeSettings change, CancellationToken cancellationToken)
    {
        if (!TimeOnly.TryParseExact(request.SendAtLocalTime, "HH:mm", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var sendAt))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["sendAtLocalTime"] = ["sendAtLocalTime is a clinic-local time, HH:mm (e.g. 10:00)."],
            });
        }

        return await change.HandleAsync(request.ToDefinition(sendAt), cancellationToken) switch
        {
            ChangeSettingsOutcome.Changed changed => TypedResults.Ok(SettingsResponse.From(changed.Settings)),
            ChangeSettingsOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            _ => throw new UnreachableException(),
        };
    }
}

/// <summary>When invitations go out; a field left out takes its default.</summary>
/// <param name="AfterTreatmentSurveyCode">The survey a treatment purchase invites to.</param>
/// <param name="TreatmentCategories">Item categories that count as a treatment (default injectables, laser,
/// body).</param>
/// <param name="DelayDays">Clinic days after the purchase (0 to 60).</param>
/// <param name="SendAtLocalTime">The clinic-local time it goes out, HH:mm.</param>
/// <param name="MinDaysBetweenInvitations">At most one invitation per member in this many days (0 to 365).</param>
/// <param name="LinkValidDays">Days the personal link works (1 to 90).</param>
/// <param name="Channel">The channel invitations go out on (Sms, WeChat, Email, Push).</param>
/// <param name="FollowUpBelowSatisfaction">A satisfaction below this (1 to 6) opens a follow-up; 1 never.</param>
/// <param name="FollowUpDueDays">A follow-up is due this many clinic days after it opens (0 to 30).</param>
public sealed record SettingsRequest(
    string AfterTreatmentSurveyCode = DefaultSurvey.Code,
    IReadOnlyList<string>? TreatmentCategories = null,
    int DelayDays = 3,
    string SendAtLocalTime = "10:00",
    int MinDaysBetweenInvitations = 30,
    int LinkValidDays = 7,
    Channel Channel = Channel.Sms,
    int FollowUpBelowSatisfaction = 3,
    int FollowUpDueDays = 2) : IRequestExample<SettingsRequest>
{
    public static SettingsRequest Example { get; } =
        new(TreatmentCategories: FeedbackSettings.DefaultTreatmentCategories);

    public FeedbackSettingsDefinition ToDefinition(TimeOnly sendAt) => new(
        AfterTreatmentSurveyCode.Trim(), TreatmentCategories ?? FeedbackSettings.DefaultTreatmentCategories,
        DelayDays, sendAt, MinDaysBetweenInvitations,
        LinkValidDays, Channel, FollowUpBelowSatisfaction, FollowUpDueDays);
}

/// <summary>When invitations go out (the fields as PUT takes them).</summary>
/// <param name="AfterTreatmentSurveyCode">The survey a treatment purchase invites to.</param>
/// <param name="TreatmentCategories">Item categories that count as a treatment.</param>
/// <param name="DelayDays">Clinic days after the purchase.</param>
/// <param name="SendAtLocalTime">The clinic-local time it goes out, HH:mm.</param>
/// <param name="MinDaysBetweenInvitations">At most one invitation per member in this many days.</param>
/// <param name="LinkValidDays">Days the personal link works.</param>
/// <param name="Channel">The channel invitations go out on.</param>
/// <param name="FollowUpBelowSatisfaction">A satisfaction below this opens a follow-up.</param>
/// <param name="FollowUpDueDays">A follow-up is due this many clinic days after it opens.</param>
public sealed record SettingsResponse(
    string AfterTreatmentSurveyCode,
    IReadOnlyList<string> TreatmentCategories,
    int DelayDays,
    string SendAtLocalTime,
    int MinDaysBetweenInvitations,
    int LinkValidDays,
    Channel Channel,
    int FollowUpBelowSatisfaction,
    int FollowUpDueDays)
{
    public static SettingsResponse From(FeedbackSettings settings) => new(
        settings.AfterTreatmentSurveyCode, settings.TreatmentCategories, settings.DelayDays,
        settings.SendAtLocalTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        settings.MinDaysBetweenInvitations, settings.LinkValidDays, settings.Channel,
        settings.FollowUpBelowSatisfaction, settings.FollowUpDueDays);
}
