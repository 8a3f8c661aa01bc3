using Loyalty.Notification.Api.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.Extensions;

/// <summary>
/// Phones and email addresses are encrypted at rest with ASP.NET Core Data Protection. Every replica must read what
/// another wrote, so the key ring is kept in notificationdb (table data_protection_keys), not on a pod's disk;
/// Notification:DataProtectionKeysPath still names a shared directory instead, for installations that chose one.
/// </summary>
public static class PersonalDataProtection
{
    public const string ApplicationName = "loyalty-notification";

    public static void AddPersonalDataProtection(this IHostApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        if (builder.Configuration["Notification:DataProtectionKeysPath"] is { Length: > 0 } keys)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
            return;
        }

        dataProtection.PersistKeysToDbContext<NotificationDbContext>();
        // After the migrations (registered before), before anything encrypts.
        builder.Services.AddHostedService<ProfileKeyImport>();
    }

    /// <summary>
    /// Before the key ring moved into the database it was in the user profile's key store: a database with no keys yet
    /// takes those, so the phones they encrypted stay readable.
    /// </summary>
    private sealed class ProfileKeyImport(IServiceScopeFactory scopes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var profileKeys = new DirectoryInfo(Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".aspnet", "DataProtection-Keys"));
            if (!profileKeys.Exists)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
            if (await db.DataProtectionKeys.AnyAsync(cancellationToken))
            {
                return;
            }

            foreach (var file in profileKeys.EnumerateFiles("key-*.xml"))
            {
                db.DataProtectionKeys.Add(new DataProtectionKey
                {
                    FriendlyName = Path.GetFileNameWithoutExtension(file.Name),
                    Xml = await File.ReadAllTextAsync(file.FullName, cancellationToken),
                });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
