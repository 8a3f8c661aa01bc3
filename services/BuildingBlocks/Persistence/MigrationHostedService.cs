using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// Applies the service's EF Core migrations at start (creating the database if needed), retrying while PostgreSQL comes
/// up; with <see cref="MigrationMode.Only"/> the service then stops (exit code 0), a release's migration step.
/// </summary>
public sealed partial class MigrationHostedService<TContext>(
    IServiceScopeFactory scopeFactory,
    MigrationSettings settings,
    IHostApplicationLifetime lifetime,
    ILogger<MigrationHostedService<TContext>> logger)
    : IHostedService
    where TContext : DbContext
{
    private static readonly ActivitySource ActivitySource = new("Loyalty.Migrations");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = ActivitySource.StartActivity($"migrate {typeof(TContext).Name}");
        const int attempts = 10;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await db.Database.MigrateAsync(cancellationToken);
                LogMigrated(typeof(TContext).Name);
                if (settings.Mode == MigrationMode.Only)
                {
                    lifetime.StopApplication();
                }

                return;
            }
            catch (Exception ex) when (attempt < attempts && ex is not OperationCanceledException)
            {
                LogRetry(ex, typeof(TContext).Name, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of {Context} is migrated")]
    private partial void LogMigrated(string context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Migrating {Context} failed (attempt {Attempt}); retrying")]
    private partial void LogRetry(Exception exception, string context, int attempt);
}

/// <summary>How this process migrates (Database:Migrations).</summary>
public sealed record MigrationSettings(MigrationMode Mode);
