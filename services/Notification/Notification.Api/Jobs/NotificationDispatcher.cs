using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Notification.Api.Application;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Jobs;

/// <summary>
/// Sends due messages a round at a time (<see cref="DispatchDueMessages"/>); deferred (quiet hours) and retry-due
/// messages come round with the poll.
/// </summary>
public sealed class NotificationDispatcher(
    IServiceScopeFactory scopeFactory,
    DispatchSignal signal,
    IOptions<NotificationOptions> options,
    ILogger<NotificationDispatcher> logger) : SignalledWorker(signal, logger)
{
    protected override int BatchSize => options.Value.BatchSize;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DispatchDueMessages>().HandleAsync(cancellationToken);
    }
}
