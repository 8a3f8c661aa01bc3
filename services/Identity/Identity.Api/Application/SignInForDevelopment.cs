using Loyalty.ServiceDefaults;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// Development only (the grant is registered in the Development environment and nowhere else): a token for any role
/// and subject, signed with the real keys, so tests and the README's curl walk-through need no account.
/// </summary>
public static class SignInForDevelopment
{
    public const string GrantType = "urn:loyalty:grant-type:development";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// A token for the role; <paramref name="audience"/> and <paramref name="lifetimeSeconds"/> exist for the tests
    /// that show a token for another audience, or an expired one, is refused.
    /// </summary>
    public static SignInOutcome Handle(
        string? role,
        string? subject,
        string? name,
        string? storeIds,
        string? audience = null,
        string? lifetimeSeconds = null)
    {
        role = role?.Trim().ToLowerInvariant();
        if (role is null || !TokenPrincipal.IsKnownRole(role))
        {
            return new SignInOutcome.Refused(
                $"role must be one of: {string.Join(", ", Roles.All)}.", InvalidRequest: true);
        }

        subject = subject?.Trim();
        if (role == Roles.Member && !Guid.TryParse(subject, out _))
        {
            return new SignInOutcome.Refused("A member token needs the member's id (a GUID) as subject.", true);
        }

        subject = string.IsNullOrEmpty(subject) ? $"{role}-{Guid.NewGuid():N}" : subject;
        var stores = storeIds?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        // A development staff token without stores acts for all of them; a real account always names its stores.
        stores = stores.Length == 0 && role == Roles.Staff ? [ClaimsPrincipalExtensions.AllStores] : stores;
        return new SignInOutcome.SignedIn(TokenPrincipal.Create(
            subject, [role], name, stores, clientId: role == Roles.Partner ? subject : null,
            scopes: role == Roles.Partner ? ApiScopes.All : [],
            lifetime: int.TryParse(lifetimeSeconds, out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : Lifetime,
            audience: string.IsNullOrWhiteSpace(audience) ? TokenPrincipal.Audience : audience.Trim()));
    }
}
