using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Feedback.Api.Domain.Settings;
using Loyalty.Feedback.Api.Domain.Surveys;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// The first start's data: the after-treatment survey (version 1) and the default settings, each only when missing;
/// replicas starting together write them once (the loser's unique violation reads as done).
/// </summary>
public sealed class SeedFeedbackDefaults(FeedbackDbContext db, TimeProvider timeProvider)
{
    public Task<bool> HandleAsync(CancellationToken cancellationToken) =>
        db.RunAsync(
            async ct =>
            {
                var now = timeProvider.GetUtcNow();
                var seeded = false;
                if (!await db.Surveys.AnyAsync(s => s.Code == DefaultSurvey.Code, ct))
                {
                    db.Surveys.Add(Survey.Create(DefaultSurvey.Definition, 0, now));
                    seeded = true;
                }

                if (!await db.Settings.AnyAsync(ct))
                {
                    db.Settings.Add(FeedbackSettings.Defaults(now));
                    seeded = true;
                }

                return seeded;
            },
            [
                new Repeat<bool>("PK_surveys", _ => Task.FromResult(false)),
                new Repeat<bool>("PK_settings", _ => Task.FromResult(false)),
            ],
            cancellationToken);
}
