using Loyalty.Identity.Api.Domain.Keys;
using Loyalty.Identity.Api.Infrastructure;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Server;

namespace Loyalty.IntegrationTests.Identity;

/// <summary>The Identity service's keys in identitydb: made once for all replicas, and rotated by adding one.</summary>
public class TokenKeyRingTests
{
    [Fact]
    public async Task Replicas_starting_together_make_one_key_of_each_kind_between_them()
    {
        await using var database = new TestDatabase("it_keys");
        await using var services = await ServicesAsync(database);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RingOf(services).LoadAsync(CancellationToken.None)));

        await using var scope = services.CreateAsyncScope();
        var kinds = await scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>().TokenKeys
            .GroupBy(k => k.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(Enum.GetValues<TokenKeyKind>().Length, kinds.Count);
        Assert.All(kinds, kind => Assert.Equal(1, kind.Count));
    }

    [Fact]
    public async Task After_a_rotation_the_newest_key_signs_and_the_older_one_stays_published()
    {
        await using var database = new TestDatabase("it_keys");
        await using var services = await ServicesAsync(database);
        var before = RingOf(services);
        await before.LoadAsync(CancellationToken.None);
        var first = Signing(before);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
            db.TokenKeys.Add(TokenKey.NewSigningKey(DateTimeOffset.UtcNow.AddMinutes(1)));
            await db.SaveChangesAsync();
        }

        var after = RingOf(services);
        await after.LoadAsync(CancellationToken.None);
        var rotated = Signing(after);

        Assert.Single(first);
        Assert.Equal(2, rotated.Count);
        Assert.NotEqual(first[0], rotated[0]); // OpenIddict signs with the first
        Assert.Equal(first[0], rotated[1]);
    }

    private static List<string> Signing(TokenKeyRing ring)
    {
        var options = new OpenIddictServerOptions();
        ring.AddTo(options);
        return [.. options.SigningCredentials.Select(c => c.Key.KeyId)];
    }

    private static TokenKeyRing RingOf(ServiceProvider services) =>
        new(services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(DateTimeOffset.UtcNow));

    private static async Task<ServiceProvider> ServicesAsync(TestDatabase database)
    {
        var services = new ServiceCollection()
            .AddDbContext<IdentityServiceDbContext>(options => options.UseNpgsql(database.ConnectionString))
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>().Database.MigrateAsync();
        return services;
    }
}
