using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Identity.Api.Application;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>
/// What must be true before the first token request: identitydb migrated, the token keys read (or made), and the
/// built-in clients registered. Runs before the server starts, retrying while PostgreSQL comes up.
/// </summary>
public static class IdentityStartup
{
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var migration =
            ActivatorUtilities.CreateInstance<MigrationHostedService<IdentityServiceDbContext>>(app.Services);
        await migration.StartAsync(cancellationToken);
        await app.Services.GetRequiredService<TokenKeyRing>().LoadAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BuiltInClients>().EnsureAsync(cancellationToken);
    }
}
