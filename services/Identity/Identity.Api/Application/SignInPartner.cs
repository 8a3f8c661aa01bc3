using System.Security.Claims;
using Loyalty.ServiceDefaults;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// A partner system with client credentials. OpenIddict has already checked the secret and that each requested
/// scope is one the admin granted the client; the token says which client it is and carries those scopes only.
/// </summary>
public static class SignInPartner
{
    public static ClaimsPrincipal PrincipalFor(string clientId, string? displayName, IEnumerable<string> scopes) =>
        TokenPrincipal.Create(clientId, [Roles.Partner], displayName, clientId: clientId, scopes: scopes);
}
