using Loyalty.Feedback.Api.Domain.Settings;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.Application;

/// <summary>The settings row, or the defaults before anyone changed them (the seed writes it at first start).</summary>
public static class LoadSettings
{
    public static async Task<FeedbackSettings> SettingsAsync(
        this FeedbackDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        await db.Settings.FindAsync([FeedbackSettings.Id], cancellationToken)
        ?? FeedbackSettings.Defaults(timeProvider.GetUtcNow());
}
