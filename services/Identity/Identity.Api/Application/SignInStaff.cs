using System.Security.Claims;
using Loyalty.Identity.Api.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// A staff member signs in with user name and password (the POS and the console's sign-in page). Repeated wrong
/// passwords lock the account for a while (IdentityOptions.Lockout). An unknown account is refused like a wrong
/// password, and a disabled one is told so only after the right password, so the answer does not tell which
/// accounts exist.
/// </summary>
public sealed class SignInStaff(UserManager<StaffMember> users)
{
    public async Task<SignInOutcome> HandleAsync(
        string? userName, string? password, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return new SignInOutcome.Refused("Give username and password.", InvalidRequest: true);
        }

        var staff = await users.FindByNameAsync(userName.Trim());
        if (staff is null)
        {
            return new SignInOutcome.Refused(WrongCredentials);
        }

        if (await users.IsLockedOutAsync(staff))
        {
            return new SignInOutcome.LockedOut();
        }

        if (!await users.CheckPasswordAsync(staff, password))
        {
            await users.AccessFailedAsync(staff);
            return await users.IsLockedOutAsync(staff)
                ? new SignInOutcome.LockedOut()
                : new SignInOutcome.Refused(WrongCredentials);
        }

        if (staff.IsDisabled)
        {
            return new SignInOutcome.Disabled();
        }

        await users.ResetAccessFailedCountAsync(staff);
        return new SignInOutcome.SignedIn(PrincipalFor(staff, scopes));
    }

    /// <summary>
    /// A refresh token or an authorization code is exchanged only while its account is still enabled; the new token
    /// has the account's roles and stores as they are now, so a re-roled or disabled account loses its access at the
    /// next refresh.
    /// </summary>
    public Task<SignInOutcome> RefreshAsync(ClaimsPrincipal? refreshed, CancellationToken cancellationToken) =>
        ReloadAsync(refreshed?.FindFirstValue("sub"), refreshed?.GetScopes() ?? [], cancellationToken);

    /// <summary>
    /// The token for an account already signed in (a refresh, a code, the console's sign-in session), built from the
    /// account as it is now; refused once it is disabled or locked.
    /// </summary>
    public async Task<SignInOutcome> ReloadAsync(
        string? subject, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        var staff = Guid.TryParse(subject, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        return staff is null || staff.IsDisabled || await users.IsLockedOutAsync(staff)
            ? new SignInOutcome.Refused("This sign-in is no longer valid; sign in again.")
            : new SignInOutcome.SignedIn(PrincipalFor(staff, scopes));
    }

    public static ClaimsPrincipal PrincipalFor(StaffMember staff, IEnumerable<string> scopes) =>
        TokenPrincipal.Create(
            staff.Id.ToString(), staff.Roles, staff.DisplayName, staff.StoreIds, scopes: scopes);

    private const string WrongCredentials = "Wrong user name or password.";
}

/// <summary>How a sign-in ends; the token endpoint answers each the OAuth way.</summary>
public abstract record SignInOutcome
{
    public sealed record SignedIn(ClaimsPrincipal Principal) : SignInOutcome;

    /// <summary>invalid_grant (or invalid_request) with a description that names no account.</summary>
    public sealed record Refused(string Description, bool InvalidRequest = false) : SignInOutcome;

    public sealed record LockedOut : SignInOutcome;

    /// <summary>The right password for an account an admin has disabled.</summary>
    public sealed record Disabled : SignInOutcome;
}
