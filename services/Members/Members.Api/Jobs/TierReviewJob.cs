using Loyalty.BuildingBlocks.Scheduling;
using Microsoft.Extensions.Options;

namespace Loyalty.Members.Api.Services;

/// <summary>Runs <see cref="TierReview"/> on a schedule (TierReview:Interval).</summary>
public sealed class TierReviewJob(IServiceScopeFactory scopeFactory, TimeProvider timeProvider, IOptions<TierReviewOptions> options, ILogger<TierReviewJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (reviewed, changed, skipped) = await services.GetRequiredService<TierReview>().ReviewDueAsync(cancellationToken);
        return $"{reviewed} members reached their anniversary review, {changed} changed tier, {skipped} skipped (logged)";
    }
}
