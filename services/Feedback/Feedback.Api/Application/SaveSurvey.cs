using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Feedback.Api.Domain.Surveys;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// An operator writes a survey: a new code is version 1 (a code that exists is refused); a revision of an existing
/// code is its next version, so answers keep the wording they were asked.
/// </summary>
public sealed class SaveSurvey(FeedbackDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    private const string SurveyKey = "PK_surveys";

    public Task<SurveyOutcome> CreateAsync(SurveyDefinition definition, CancellationToken cancellationToken) =>
        SaveAsync(definition, revising: false, cancellationToken);

    public Task<SurveyOutcome> ReviseAsync(SurveyDefinition definition, CancellationToken cancellationToken) =>
        SaveAsync(definition, revising: true, cancellationToken);

    private Task<SurveyOutcome> SaveAsync(
        SurveyDefinition definition, bool revising, CancellationToken cancellationToken) =>
        db.RunAsync<SurveyOutcome>(
            async ct =>
            {
                var errors = definition.Validate();
                if (errors.Count > 0)
                {
                    return new SurveyOutcome.Invalid(errors);
                }

                var latest = await db.Surveys.Where(s => s.Code == definition.Code)
                    .MaxAsync(s => (int?)s.Version, ct);
                switch (latest, revising)
                {
                    case (not null, false):
                        return new SurveyOutcome.Exists();
                    case (null, true):
                        return new SurveyOutcome.NotFound();
                }

                var survey = Survey.Create(definition, latest ?? 0, timeProvider.GetUtcNow());
                db.Surveys.Add(survey);
                audit.Record(survey, AuditActions.Created);
                return new SurveyOutcome.Saved(survey);
            },
            // Two operators saving the same code at once: the second reads as "exists" (create) or retries (revise).
            [new Repeat<SurveyOutcome>(SurveyKey, _ => Task.FromResult<SurveyOutcome>(new SurveyOutcome.Exists()))],
            cancellationToken);
}

/// <summary>How saving a survey ended.</summary>
public abstract record SurveyOutcome
{
    private SurveyOutcome()
    {
    }

    public sealed record Saved(Survey Survey) : SurveyOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : SurveyOutcome;

    public sealed record Exists : SurveyOutcome;

    public sealed record NotFound : SurveyOutcome;
}
