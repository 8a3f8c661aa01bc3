using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Notification.Api.Application;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Jobs;

/// <summary>
/// Runs <see cref="ClearOldMessageContent"/> daily (Privacy:Retention:Interval) on the TimeProvider. Replicas may run
/// it at once: clearing cleared messages changes nothing.
/// </summary>
public sealed class MessageRetentionJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<MessageRetentionOptions> options,
    ILogger<MessageRetentionJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cleared = await services.GetRequiredService<ClearOldMessageContent>().HandleAsync(cancellationToken);
        return $"{cleared} messages older than {options.Value.MessageBodyMonths} months cleared";
    }
}
