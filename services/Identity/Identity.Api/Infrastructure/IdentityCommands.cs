using Loyalty.Identity.Api.Domain.Keys;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>
/// The Identity service's administration commands, run as <c>Identity.Api COMMAND ...</c> against its database
/// instead of serving: <c>create-admin USERNAME</c> (deploy/create-admin.sh) and <c>rotate-signing-key</c>.
/// </summary>
public static class IdentityCommands
{
    public static bool Has(string command) => command is "create-admin" or "rotate-signing-key";

    public static Task<int> RunAsync(WebApplication app, string command, string[] args) => command switch
    {
        "create-admin" => CreateAdminCommand.RunAsync(app, args),
        _ => RotateSigningKeyAsync(app),
    };

    /// <summary>
    /// Adds a new signing key. Each replica signs with it from its next start; the older key stays published, so
    /// tokens it signed keep working until they expire, after which it can be retired (RetiredAt).
    /// </summary>
    private static async Task<int> RotateSigningKeyAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
        var key = TokenKey.NewSigningKey(app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        db.TokenKeys.Add(key);
        await db.SaveChangesAsync();
        Console.WriteLine($"new signing key {key.KeyId}: restart each replica to sign with it");
        return 0;
    }
}
