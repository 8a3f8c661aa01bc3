using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Feedback.Api.Domain.Settings;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>An operator changes when invitations go out; the survey named must exist.</summary>
public sealed class ChangeSettings(FeedbackDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    public Task<ChangeSettingsOutcome> HandleAsync(
        FeedbackSettingsDefinition definition, CancellationToken cancellationToken) =>
        db.RunAsync<ChangeSettingsOutcome>(
            async ct =>
            {
                var errors = definition.Validate();
                if (!await db.Surveys.AnyAsync(s => s.Code == definition.AfterTreatmentSurveyCode, ct))
                {
                    errors["afterTreatmentSurveyCode"] = ["No survey has this code."];
                }

                if (errors.Count > 0)
                {
                    return new ChangeSettingsOutcome.Invalid(errors);
                }

                var now = timeProvider.GetUtcNow();
                var settings = await db.Settings.Where(s => s.Key == FeedbackSettings.Id).ForUpdate()
                    .SingleOrDefaultAsync(ct);
                if (settings is null)
                {
                    settings = FeedbackSettings.Defaults(now);
                    db.Settings.Add(settings);
                }

                settings.Change(definition, now);
                audit.Record(settings, AuditActions.Changed);
                return new ChangeSettingsOutcome.Changed(settings);
            },
            cancellationToken);
}

/// <summary>How changing the settings ended.</summary>
public abstract record ChangeSettingsOutcome
{
    private ChangeSettingsOutcome()
    {
    }

    public sealed record Changed(FeedbackSettings Settings) : ChangeSettingsOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : ChangeSettingsOutcome;
}
