using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Members.Api.Application;
using Microsoft.Extensions.Options;

namespace Loyalty.Members.Api.Jobs;

/// <summary>Runs <see cref="ReviewTiers"/> on a schedule (TierReview:Interval).</summary>
public sealed class TierReviewJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<TierReviewOptions> options,
    ILogger<TierReviewJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var review = services.GetRequiredService<ReviewTiers>();
        var (reviewed, changed, skipped) = await review.HandleAsync(cancellationToken);
        return $"{reviewed} members reached their anniversary review, {changed} changed tier, "
            + $"{skipped} skipped (logged)";
    }
}
