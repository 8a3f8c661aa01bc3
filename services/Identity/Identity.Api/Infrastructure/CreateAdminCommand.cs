using Loyalty.Identity.Api.Application;
using Loyalty.ServiceDefaults;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>
/// <c>Identity.Api create-admin USERNAME</c>: the first admin account (deploy/create-admin.sh runs it). The password
/// is read from LOYALTY_ADMIN_PASSWORD or, when that is unset, from the first line of standard input; it is never an
/// argument (it would show in the process list) and the repository holds no default.
/// </summary>
public static class CreateAdminCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is not [var userName])
        {
            await Console.Error.WriteLineAsync(
                "usage: Identity.Api create-admin USERNAME (password on stdin or in LOYALTY_ADMIN_PASSWORD)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("LOYALTY_ADMIN_PASSWORD") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : await Console.In.ReadLineAsync() ?? "";
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(userName, userName, password, [Roles.Admin], []);
        switch (outcome)
        {
            case StaffOutcome.Done done:
                Console.WriteLine($"admin {done.Staff.UserName} created ({done.Staff.Id})");
                return 0;
            case StaffOutcome.Invalid invalid:
                await Console.Error.WriteLineAsync(string.Join("\n", invalid.Errors.SelectMany(e => e.Value)));
                return 1;
            default:
                await Console.Error.WriteLineAsync($"user name {userName} is taken");
                return 1;
        }
    }
}
