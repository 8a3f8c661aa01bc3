using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Services;

/// <summary>
/// The background loop: runs dispatcher rounds back to back while they come back full, otherwise waits for a new
/// message (signal) or the poll interval, which is also how deferred and retry-due messages come round.
/// </summary>
public sealed partial class NotificationDispatcher(
    IServiceScopeFactory scopeFactory,
    DispatchSignal signal,
    IOptions<NotificationOptions> options,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var taken = 0;
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                // A started round runs to its end, so shutdown never abandons a transaction half-way.
                taken = await scope.ServiceProvider.GetRequiredService<NotificationDispatch>().DispatchDueAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogRoundFailed(ex);
            }

            if (taken < options.Value.BatchSize)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification dispatch round failed; retrying")]
    private partial void LogRoundFailed(Exception exception);
}
