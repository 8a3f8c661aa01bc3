using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// Ready when the service's database answers a query and, where a release's migration step migrates it
/// (<see cref="MigrationMode.Skip"/>), when no migration of this build is pending.
/// </summary>
public sealed class DatabaseHealthCheck<TContext>(TContext dbContext, SchemaReadiness schema) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await dbContext.Database.CanConnectAsync(cancellationToken))
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "database unreachable");
            }

            if (schema.MustWait
                && (await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "migrations pending");
            }

            schema.Arrived();
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "database unreachable", ex);
        }
    }
}

/// <summary>
/// Whether readiness must wait for the schema (<see cref="MigrationMode.Skip"/>); once it was current it stays so for
/// this process, so the check stops asking.
/// </summary>
public sealed class SchemaReadiness(bool waitForMigrations)
{
    private volatile bool _mustWait = waitForMigrations;

    public bool MustWait => _mustWait;

    public void Arrived() => _mustWait = false;
}
