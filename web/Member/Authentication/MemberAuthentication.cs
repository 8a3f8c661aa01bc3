using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Loyalty.Member.Authentication;

/// <summary>
/// A member's session is the sign-in cookie alone: it holds who she is (sub, role from the access token) and her
/// tokens, encrypted with the Data Protection keys every replica shares (Redis). A page therefore needs no session
/// store read, which keeps a Double 11 morning's many page views cheap; the tokens never reach the browser's script
/// (HttpOnly, encrypted), and signing out revokes the refresh token at the Identity service.
/// </summary>
public static class MemberAuthentication
{
    public const string AccessToken = "access_token";
    public const string RefreshToken = "refresh_token";
    public const string ExpiresAt = "expires_at";

    public static IHostApplicationBuilder AddMemberAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                authentication.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = ".Loyalty.Member";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                // As long as the refresh token lives at the Identity service.
                cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
                cookie.SlidingExpiration = false;
                cookie.LoginPath = "/account/sign-in";
                cookie.AccessDeniedPath = "/account/sign-in";
                cookie.ReturnUrlParameter = "returnUrl";
            });
        builder.Services.AddScoped<MemberSession>();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>The cookie's principal and properties for these tokens: the claims the services will read.</summary>
    public static (ClaimsPrincipal Principal, AuthenticationProperties Properties) SessionFor(TokenSet tokens)
    {
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, "sub", "role");
        identity.AddClaims(new JsonWebToken(tokens.AccessToken).Claims
            .Where(c => c.Type is "sub" or "role")
            .Select(c => new Claim(c.Type, c.Value)));
        var properties = new AuthenticationProperties { IsPersistent = true };
        Store(properties, tokens);
        return (new ClaimsPrincipal(identity), properties);
    }

    public static void Store(AuthenticationProperties properties, TokenSet tokens)
    {
        List<AuthenticationToken> stored =
        [
            new() { Name = AccessToken, Value = tokens.AccessToken },
            new() { Name = ExpiresAt, Value = tokens.ExpiresAt.ToString("o", CultureInfo.InvariantCulture) },
        ];
        if (tokens.RefreshToken is { } refresh)
        {
            stored.Add(new() { Name = RefreshToken, Value = refresh });
        }

        properties.StoreTokens(stored);
    }

    public static TokenSet? Read(AuthenticationProperties? properties) =>
        properties?.GetTokenValue(AccessToken) is { } access
        && DateTimeOffset.TryParse(properties.GetTokenValue(ExpiresAt), CultureInfo.InvariantCulture,
            DateTimeStyles.RoundtripKind, out var expiresAt)
            ? new TokenSet(access, properties.GetTokenValue(RefreshToken), expiresAt)
            : null;
}
