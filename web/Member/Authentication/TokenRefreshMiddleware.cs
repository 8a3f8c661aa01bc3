using Loyalty.Member.Extensions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Loyalty.Member.Authentication;

/// <summary>
/// Before a page reads anything, an access token about to expire (within RefreshAhead) is refreshed with the
/// cookie's refresh token and the cookie re-issued, while the answer has not started. A refresh the Identity service
/// refuses (revoked, the member unknown) or a session without a refresh token (development) past its token's expiry
/// ends the session: she signs in again.
/// </summary>
public sealed partial class TokenRefreshMiddleware(
    RequestDelegate next, IOptions<MemberAppOptions> options, TimeProvider time, ILogger<TokenRefreshMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, TokenClient tokenClient)
    {
        // Static files need no token; a page request does.
        if (context.User.Identity?.IsAuthenticated == true && !Path.HasExtension(context.Request.Path.Value))
        {
            await RefreshIfDueAsync(context, tokenClient);
        }

        await next(context);
    }

    private async Task RefreshIfDueAsync(HttpContext context, TokenClient tokenClient)
    {
        var result = await context.AuthenticateAsync();
        var tokens = MemberAuthentication.Read(result.Properties);
        if (tokens is null || tokens.ExpiresAt - options.Value.RefreshAhead > time.GetUtcNow())
        {
            return;
        }

        var refreshed = tokens.RefreshToken is { } refreshToken
            ? await tokenClient.RefreshAsync(refreshToken, context.RequestAborted)
            : null;
        if (refreshed?.Tokens is { } fresh)
        {
            MemberAuthentication.Store(result.Properties!, fresh);
            await context.SignInAsync(result.Principal!, result.Properties);
            MemberSession.Refreshed(context, fresh);
            return;
        }

        if (tokens.ExpiresAt <= time.GetUtcNow() || refreshed is not null)
        {
            LogSessionEnded(logger, (int?)refreshed?.Status);
            await context.SignOutAsync();
            context.User = new();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A member's session ended: no refresh ({Status}).")]
    private static partial void LogSessionEnded(ILogger logger, int? status);
}
