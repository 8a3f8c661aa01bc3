using Loyalty.Console.Extensions;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Loyalty.Console.Authentication;

/// <summary>
/// Staff sign in at the Identity service by authorization code with PKCE (client "console", no secret). The browser
/// goes to the Identity service's pages through the gateway; the code is exchanged from here. The cookie holds who the
/// user is (from the access token's claims: subject, name, roles, stores) and a session id; the tokens stay in Redis
/// (<see cref="SessionTokens"/>).
/// </summary>
public static class ConsoleAuthentication
{
    public static IHostApplicationBuilder AddConsoleAuthentication(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(ConsoleOptions.SectionName).Get<ConsoleOptions>() ?? new();
        var identity = configuration[JwtOptions.IdentityAddressKey]
            ?? throw new InvalidOperationException(
                $"{JwtOptions.IdentityAddressKey} (the Identity service) is not set.");
        var gateway = (options.PublicGatewayAddress ?? configuration[ConsoleOptions.GatewayAddressKey]
            ?? throw new InvalidOperationException($"{ConsoleOptions.GatewayAddressKey} (the gateway) is not set."))
            .TrimEnd('/');

        builder.Services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                authentication.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = ".Loyalty.Console";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/account/login";
                cookie.AccessDeniedPath = "/denied";
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = identity;
                oidc.RequireHttpsMetadata = !Uri.TryCreate(identity, UriKind.Absolute, out var uri) || !uri.IsLoopback;
                oidc.ClientId = options.ClientId;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                oidc.MapInboundClaims = false;
                oidc.SaveTokens = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.Scope.Clear();
                foreach (var scope in new[] { "openid", "roles", "offline_access" })
                {
                    oidc.Scope.Add(scope);
                }

                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = "role";
                // The code comes back by a top-level GET, so Lax cookies carry the correlation over plain HTTP too.
                oidc.ResponseMode = OpenIdConnectResponseMode.Query;
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.Events.OnRedirectToIdentityProvider = context =>
                {
                    // Only the gateway is reachable from a browser: the Identity service's pages are behind it.
                    context.ProtocolMessage.IssuerAddress = gateway + "/connect/authorize";
                    return Task.CompletedTask;
                };
                oidc.Events.OnRedirectToIdentityProviderForSignOut = context =>
                {
                    context.ProtocolMessage.IssuerAddress = gateway + "/connect/logout";
                    return Task.CompletedTask;
                };
                oidc.Events.OnTokenValidated = StartSessionAsync;
            });
        builder.Services.AddHttpClient(nameof(SessionTokens));
        builder.Services.AddSingleton<SessionTokens>();
        builder.Services.AddScoped<UserSession>();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>The code exchanged: the session starts with the tokens the Identity service gave.</summary>
    private static async Task StartSessionAsync(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse
            ?? throw new InvalidOperationException("The token endpoint gave no answer.");
        var expiresIn = int.TryParse(response.ExpiresIn, out var seconds) ? seconds : 3600;
        context.Principal = await context.HttpContext.RequestServices.GetRequiredService<SessionTokens>()
            .StartAsync(response.AccessToken, response.RefreshToken, expiresIn);
    }
}
