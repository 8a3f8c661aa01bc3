using System.Security.Claims;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Components.Authorization;

namespace Loyalty.Console.Authentication;

/// <summary>
/// The signed-in user of one circuit (one browser tab): who she is, what her roles and stores allow, and her access
/// token for the gateway.
/// </summary>
public sealed class UserSession(AuthenticationStateProvider authentication, SessionTokens tokens)
{
    public const string SessionIdClaim = "console_session";

    public async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    /// <summary>
    /// The access token to send, or null when the session has ended (signed out elsewhere, disabled).
    /// </summary>
    public async Task<string?> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var sessionId = (await UserAsync()).FindFirst(SessionIdClaim)?.Value;
        return sessionId is null ? null : await tokens.AccessTokenAsync(sessionId, cancellationToken);
    }

    /// <summary>
    /// The stores a front-desk account acts for ("*": every store); empty for roles not tied to stores.
    /// </summary>
    public async Task<IReadOnlyList<string>> StoreIdsAsync() =>
        [.. (await UserAsync()).FindAll(ClaimsPrincipalExtensions.StoreClaim).Select(c => c.Value)];
}
