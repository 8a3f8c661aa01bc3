using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Campaign.Api.Application;
using Microsoft.Extensions.Options;

namespace Loyalty.Campaign.Api.Jobs;

/// <summary>
/// Runs the scheduled campaigns that are due (one-off and repeating occurrences) every Campaigns:SchedulerInterval,
/// then retries the deliveries the frequency window refused whose window has passed.
/// </summary>
public sealed class CampaignSchedulerJob(
    IServiceScopeFactory scopeFactory, TimeProvider timeProvider, IOptions<CampaignJobOptions> options,
    ILogger<CampaignSchedulerJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.SchedulerInterval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (runs, treated) = await services.GetRequiredService<RunDueCampaigns>().RunDueAsync(cancellationToken);
        var retried = await services.GetRequiredService<RetryCappedDeliveries>().RetryDueAsync(cancellationToken);
        return $"{runs} campaign runs, {treated} members treated, "
            + $"{retried.Treated} capped deliveries retried and treated";
    }
}
