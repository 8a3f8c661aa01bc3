using Loyalty.BuildingBlocks.Persistence;
using Loyalty.IntegrationTests.Support;
using Loyalty.Notification.Api.Extensions;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Loyalty.IntegrationTests.Notification;

/// <summary>
/// Two Notification replicas on one real database, with nothing shared on disk: a phone one encrypts, the other
/// reads, because the key ring is in notificationdb (docs/deployment.md).
/// </summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task A_phone_one_replica_encrypted_is_read_by_another()
    {
        await using var database = new TestDatabase("it_keyring");
        using var first = await StartReplicaAsync(database);
        using var second = await StartReplicaAsync(database);

        var encrypted = Protector(first).Protect("13912345678");

        Assert.Equal("13912345678", Protector(second).Unprotect(encrypted));
        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        // In the database (with any keys the machine's profile store had: ProfileKeyImport), not on either's disk.
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        await first.StopAsync();
        await second.StopAsync();
    }

    private static PersonalDataProtector Protector(IHost replica) =>
        new(replica.Services.GetRequiredService<IDataProtectionProvider>());

    private static async Task<IHost> StartReplicaAsync(TestDatabase database)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:notificationdb"] = database.ConnectionString,
        });
        builder.AddServiceDatabase<NotificationDbContext>("notificationdb");
        builder.AddPersonalDataProtection();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
