using Microsoft.EntityFrameworkCore;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Identity.Api.Application;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>
/// What must be true before the first token request: identitydb migrated, the token keys read (or made), and the
/// built-in clients registered. Runs before the server starts, retrying while PostgreSQL comes up. Where a release's
/// migration step migrates (Database:Migrations Skip) it waits for that step instead.
/// </summary>
public static class IdentityStartup
{
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        if (app.Services.GetRequiredService<MigrationSettings>().Mode == MigrationMode.Skip)
        {
            await WaitForMigrationStepAsync(app.Services, cancellationToken);
        }
        else
        {
            var migration =
                ActivatorUtilities.CreateInstance<MigrationHostedService<IdentityServiceDbContext>>(app.Services);
            await migration.StartAsync(cancellationToken);
        }

        await app.Services.GetRequiredService<TokenKeyRing>().LoadAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BuiltInClients>().EnsureAsync(cancellationToken);
    }

    private static async Task WaitForMigrationStepAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
            try
            {
                if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    return;
                }
            }
            catch (Npgsql.NpgsqlException)
            {
                // PostgreSQL not up yet: as pending
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }
}
