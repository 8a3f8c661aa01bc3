using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Loyalty.Member.Authentication;

/// <summary>Signing out, the language switch and the development sign-in: plain HTTP endpoints, since they set cookies.
/// Signing in with a code is the sign-in page's own form.</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/sign-out", async (HttpContext http, TokenClient tokenClient) =>
        {
            var result = await http.AuthenticateAsync();
            if (MemberAuthentication.Read(result.Properties)?.RefreshToken is { } refreshToken)
            {
                await tokenClient.RevokeAsync(refreshToken, http.RequestAborted);
            }

            await http.SignOutAsync();
            return TypedResults.LocalRedirect("/account/sign-in");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).AllowAnonymous();

        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http, TimeProvider time) =>
        {
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture == "en" ? "en" : "zh-CN")),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true });
            return TypedResults.LocalRedirect(LocalOrHome(returnUrl));
        }).AllowAnonymous();

        MapDevelopmentSignIn(app);
        return app;
    }

    /// <summary>
    /// Development only (and with Jwt:DevTokensEnabled, as the launcher runs it): a session for a member from the
    /// gateway's development token, for working on pages and for the bench. Absent in Production.
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
            Guid memberId, string? returnUrl, HttpContext http, TokenClient tokenClient) =>
        {
            if (await tokenClient.DevelopmentTokenAsync(memberId, http.RequestAborted) is not { } tokens)
            {
                return TypedResults.BadRequest("The gateway gave no development token.");
            }

            var (principal, properties) = MemberAuthentication.SessionFor(tokens);
            properties.RedirectUri = LocalOrHome(returnUrl);
            return TypedResults.SignIn(principal, properties);
        }).AllowAnonymous();
    }

    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
