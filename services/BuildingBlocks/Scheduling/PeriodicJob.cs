using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Loyalty.BuildingBlocks.Scheduling;

/// <summary>
/// Runs a piece of work now and then every <see cref="Interval"/> (on the <see cref="TimeProvider"/>, so tests can move
/// it), each run in its own DI scope. A failed run is logged and retried at the next tick; it never stops the host.
/// </summary>
public abstract partial class PeriodicJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>One run; returns a line for the log saying what it did.</summary>
    protected abstract Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        try
        {
            do
            {
                await RunGuardedAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunGuardedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            LogRun(logger, GetType().Name, await RunOnceAsync(scope.ServiceProvider, stoppingToken));
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Outcome}")]
    private static partial void LogRun(ILogger logger, string job, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} run failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
