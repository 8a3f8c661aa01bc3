using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Points.Api.Application;
using Microsoft.Extensions.Options;

namespace Loyalty.Points.Api.Jobs;

/// <summary>
/// Runs <see cref="PointsExpiry"/> on a schedule (Expiry:Interval). Replicas may run it at once: the account locks keep
/// it correct.
/// </summary>
public sealed class PointsExpiryJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<ExpiryOptions> options,
    ILogger<PointsExpiryJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var expiry = services.GetRequiredService<PointsExpiry>();
        var expired = await expiry.ExpireDueLotsAsync(cancellationToken);
        var warned = await expiry.AnnounceExpiringSoonAsync(cancellationToken);
        return $"{expired.Members} members had points expire, {warned.Members} were warned of points expiring soon, "
            + $"{expired.Skipped + warned.Skipped} skipped (logged)";
    }
}
