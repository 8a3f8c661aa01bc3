using Microsoft.AspNetCore.Authentication;

namespace Loyalty.Member.Authentication;

/// <summary>
/// The signed-in member of this request and her access token for the gateway (the one refreshed on this request, if
/// <see cref="TokenRefreshMiddleware"/> just refreshed it; else the cookie's).
/// </summary>
public sealed class MemberSession(IHttpContextAccessor http)
{
    private const string RefreshedKey = "loyalty:member:refreshed-tokens";

    private HttpContext Context => http.HttpContext
        ?? throw new InvalidOperationException("The member app renders on the server, in a request.");

    public Guid? MemberId => Guid.TryParse(Context.User.FindFirst("sub")?.Value, out var id) ? id : null;

    private Task<string?>? _accessToken;

    /// <summary>Read once per request: a page's reads run at once, and HttpContext is not for concurrent use.</summary>
    public Task<string?> AccessTokenAsync() => _accessToken ??= ReadAccessTokenAsync();

    private async Task<string?> ReadAccessTokenAsync()
    {
        if (Context.Items[RefreshedKey] is TokenSet refreshed)
        {
            return refreshed.AccessToken;
        }

        var result = await Context.AuthenticateAsync();
        return result.Succeeded ? MemberAuthentication.Read(result.Properties)?.AccessToken : null;
    }

    /// <summary>Tokens refreshed on this request: the new cookie goes out with the answer; this request uses
    /// them.</summary>
    public static void Refreshed(HttpContext context, TokenSet tokens) => context.Items[RefreshedKey] = tokens;
}
