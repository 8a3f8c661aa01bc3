using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Loyalty.Console.Api;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Loyalty.Console.Authentication;

/// <summary>Signing in and out, and the language switch: plain HTTP endpoints, since they set cookies.</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", (string? returnUrl) => TypedResults.Challenge(
            new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) },
            [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();

        MapDevelopmentSignIn(app);
        app.MapPost("/account/logout", async (HttpContext http, SessionTokens tokens) =>
        {
            if (http.User.FindFirst(UserSession.SessionIdClaim)?.Value is { } sessionId)
            {
                await tokens.EndAsync(sessionId, http.RequestAborted);
            }

            return TypedResults.SignOut(
                new AuthenticationProperties { RedirectUri = "/" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());

        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http, TimeProvider time) =>
        {
            var chosen = culture == "en" ? "en" : "zh-CN";
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true });
            return TypedResults.LocalRedirect(LocalOrHome(returnUrl));
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Development only, as the gateway's /dev/token: a session for any role (and front-desk stores) without an
    /// account, for working on pages. Real sign-in is the authorization code above.
    /// </summary>
    private static void MapDevelopmentSignIn(IEndpointRouteBuilder app)
    {
        var environment = app.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var jwt = app.ServiceProvider.GetRequiredService<IOptions<JwtOptions>>().Value;
        if (!environment.IsDevelopment() || !jwt.DevTokensEnabled)
        {
            return;
        }

        app.MapGet("/account/dev-sign-in", async Task<IResult> (
            string role, string? stores, string? returnUrl, GatewayApi gateway, SessionTokens tokens) =>
        {
            var token = await gateway.DevelopmentTokenAsync(role, stores);
            if (token is null)
            {
                return TypedResults.BadRequest($"No development token for role '{role}'.");
            }

            var principal = await tokens.StartAsync(token.AccessToken, null, token.ExpiresIn);
            return TypedResults.SignIn(principal, new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) },
                CookieAuthenticationDefaults.AuthenticationScheme);
        }).AllowAnonymous();
    }

    private static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
