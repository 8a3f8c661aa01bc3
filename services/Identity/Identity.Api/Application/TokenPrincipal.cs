using System.Security.Claims;
using Loyalty.ServiceDefaults;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// The one shape of every token the platform issues: "sub", one "role" per role, "name" when known, "store" per store
/// a staff account acts for, "client_id" for a partner system, the granted scopes, and the platform's APIs as audience.
/// Every claim goes into the access token (the services read them); the name and roles also into the identity token
/// when the client asked for the profile and roles scopes (the console shows who is signed in). Nothing personal
/// beyond the display name.
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

        var granted = principal.GetScopes();
        principal.SetDestinations(claim => claim.Type switch
        {
            Claims.Name when granted.Contains(Scopes.Profile) => ForBothTokens,
            Claims.Role when granted.Contains(Scopes.Roles) => ForBothTokens,
            _ => [Destinations.AccessToken],
        });
        return principal;
    }

    private static readonly string[] ForBothTokens = [Destinations.AccessToken, Destinations.IdentityToken];

    /// <summary>Whether the role is one of the platform's (a development token may carry any of them).</summary>
    public static bool IsKnownRole(string role) => Roles.All.Contains(role);
}
