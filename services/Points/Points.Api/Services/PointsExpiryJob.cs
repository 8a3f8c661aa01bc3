using Microsoft.Extensions.Options;

namespace Loyalty.Points.Api.Services;

/// <summary>Runs <see cref="PointsExpiry"/> on a schedule (Expiry:Interval). Replicas may run it at once: the account locks keep it correct.</summary>
public sealed partial class PointsExpiryJob(IServiceScopeFactory scopeFactory, TimeProvider timeProvider, IOptions<ExpiryOptions> options, ILogger<PointsExpiryJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, timeProvider);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var expiry = scope.ServiceProvider.GetRequiredService<PointsExpiry>();
            var expired = await expiry.ExpireDueLotsAsync(stoppingToken);
            var warned = await expiry.AnnounceExpiringSoonAsync(stoppingToken);
            LogRun(expired, warned);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry run: {Expired} members had points expire, {Warned} were warned of points expiring soon")]
    private partial void LogRun(int expired, int warned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiry run failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
