using System.Security.Claims;
using Loyalty.ServiceDefaults;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// The one shape of every token the platform issues: "sub", one "role" per role, "name" when known, "store" per store
/// a staff account acts for, "client_id" for a partner system, the granted scopes, and the platform's APIs as audience.
/// Every claim goes into the access token only (the services read them); nothing personal beyond the display name.
/// </summary>
public static class TokenPrincipal
{
    /// <summary>The audience every service checks (Jwt:Audience in ServiceDefaults).</summary>
    public const string Audience = "loyalty-api";

    public const string StoreClaim = ClaimsPrincipalExtensions.StoreClaim;

    public static ClaimsPrincipal Create(
        string subject,
        IEnumerable<string> roles,
        string? name = null,
        IEnumerable<string>? storeIds = null,
        string? clientId = null,
        IEnumerable<string>? scopes = null,
        TimeSpan? lifetime = null,
        string audience = Audience)
    {
        var identity = new ClaimsIdentity(
            TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaims(Claims.Role, [.. roles]);
        if (name is not null)
        {
            identity.SetClaim(Claims.Name, name);
        }

        identity.SetClaims(StoreClaim, [.. storeIds ?? []]);
        if (clientId is not null)
        {
            identity.SetClaim(Claims.ClientId, clientId);
        }

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes ?? []);
        principal.SetResources(audience);
        if (lifetime is { } accessTokenLifetime)
        {
            principal.SetAccessTokenLifetime(accessTokenLifetime);
        }

        principal.SetDestinations(_ => [Destinations.AccessToken]);
        return principal;
    }

    /// <summary>Whether the role is one of the platform's (a development token may carry any of them).</summary>
    public static bool IsKnownRole(string role) => Roles.All.Contains(role);
}
