using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Runs the active scheduled campaigns whose time has come: one-off campaigns at RunAt, repeating ones (recurring,
/// yearly dates, birthday month) at each occurrence under its run key ("recurring:2026-11-23", "yearly:2026",
/// "birthday:2026-11"). A run cut short is resumed at the next call: its run key keeps it from reaching anyone twice; a
/// finished occurrence is not run again (LastRunKey).
/// </summary>
public sealed class RunDueCampaigns(CampaignDbContext db, RunCampaign runner, TimeProvider timeProvider)
{
    public async Task<(int Runs, int Treated)> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var scheduled = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Active && c.Trigger == CampaignTrigger.Schedule
                        && (c.Schedule != null || (c.RunAt != null && c.RunAt <= now && c.LastRunAt == null)))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var due = scheduled
            .Select(c => (c.Id, RunKey: c.Schedule is null ? RunCampaign.OneOffRunKey : DueRunKey(c, now)))
            .Where(d => d.RunKey is not null).ToList();
        var treated = 0;
        foreach (var (id, runKey) in due)
        {
            treated += (await runner.RunAsync(id, runKey!, cancellationToken)).Treated;
        }

        return (due.Count, treated);
    }

    /// <summary>The run key of the repeating campaign's due occurrence, unless that occurrence has run.</summary>
    private static string? DueRunKey(MarketingCampaign campaign, DateTimeOffset now) =>
        CampaignSchedule.Due(campaign, now) is { } occurrence && occurrence.RunKey != campaign.LastRunKey
            ? occurrence.RunKey
            : null;
}
