using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Loyalty.BuildingBlocks.Scheduling;

/// <summary>
/// A background loop over a queue kept in the database (the outbox, the notification queue): runs rounds back to back
/// while they come back full, otherwise waits for its <see cref="WakeSignal"/> or the poll interval, which is also how
/// deferred and retry-due rows come round. A started round runs to its end (it gets no stopping token), so shutdown
/// never abandons a transaction half-way; a failed round is logged and the loop goes on.
/// </summary>
public abstract partial class SignalledWorker(WakeSignal signal, ILogger logger) : BackgroundService
{
    /// <summary>A round that takes this many rows may have left more behind.</summary>
    protected abstract int BatchSize { get; }

    protected abstract TimeSpan PollInterval { get; }

    /// <summary>One round; returns how many rows it took.</summary>
    protected abstract Task<int> RunRoundAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var taken = 0;
            try
            {
                taken = await RunRoundAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogRoundFailed(logger, ex, GetType().Name);
            }

            if (taken >= BatchSize)
            {
                continue;
            }

            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker} round failed; retrying")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string worker);
}
