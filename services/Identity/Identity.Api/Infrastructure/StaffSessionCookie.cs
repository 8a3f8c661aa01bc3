using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>
/// The Identity service's own browser session: once the sign-in page has checked a staff member's password, this
/// cookie lets the authorization endpoint give the console its code without asking again. It holds only the account
/// id (protected by ASP.NET Core data protection), is sent only to /connect, and ends with the browser or after
/// <see cref="Lifetime"/>. The sign-in form's antiforgery cookie is scoped the same way, so neither meets the
/// cookies of the console, which shares the host.
/// </summary>
public static class StaffSessionCookie
{
    public const string Scheme = "staff-session";

    public const string Name = ".Loyalty.Identity";

    public const string Path = "/connect";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static void AddStaffSessionCookie(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = Name;
            options.Cookie.Path = Path;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = Lifetime;
            options.SlidingExpiration = false;
            // The authorization endpoint sends the browser to the sign-in page itself, by a relative address (the
            // browser sees the gateway's host, this service its own): a challenge is a status, never a redirect.
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = Name + ".Antiforgery";
            options.Cookie.Path = Path;
        });
    }

    public static ClaimsPrincipal PrincipalFor(string staffId) =>
        new(new ClaimsIdentity([new Claim(Claims.Subject, staffId)], Scheme));

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
