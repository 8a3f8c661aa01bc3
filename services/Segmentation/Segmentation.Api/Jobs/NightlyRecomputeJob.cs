using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Segmentation.Api.Application;
using Microsoft.Extensions.Options;

namespace Loyalty.Segmentation.Api.Jobs;

/// <summary>Looks every CheckInterval whether the night's <see cref="NightlyRecompute"/> is due, and runs it.</summary>
public sealed class NightlyRecomputeJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<SegmentationOptions> options,
    ILogger<NightlyRecomputeJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<NightlyRecompute>().RunIfDueAsync(cancellationToken);
}
