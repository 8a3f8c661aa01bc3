using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Campaign.Api.Domain;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Campaign.Api.Services;

/// <summary>Runs active one-off campaigns whose time has come (Campaigns:SchedulerInterval). A run cut short is resumed at the next tick: its run key keeps it from reaching anyone twice.</summary>
public sealed class CampaignSchedulerJob(IServiceScopeFactory scopeFactory, TimeProvider timeProvider, IOptions<CampaignOptions> options, ILogger<CampaignSchedulerJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.SchedulerInterval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CampaignDbContext>();
        var runner = services.GetRequiredService<CampaignRunner>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var due = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Active && c.Trigger == CampaignTrigger.Schedule && c.RunAt != null && c.RunAt <= now && c.LastRunAt == null)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var treated = 0;
        foreach (var id in due)
        {
            treated += (await runner.RunAsync(id, CampaignRunner.OneOffRunKey, cancellationToken)).Treated;
        }

        return $"{due.Count} campaigns ran, {treated} members treated";
    }
}
