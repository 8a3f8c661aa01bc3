using System.Diagnostics;
using Loyalty.Identity.Api.Application;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.Identity.Api.Apis;

/// <summary>
/// /connect/token, OAuth 2 as OpenIddict validates it (client, grant, scopes) and the platform answers it: staff by
/// password (the POS client), members by phone and one-time code (the member app), partner systems by client
/// credentials, the console's authorization codes (ConsoleSignInApi), refresh tokens, and in Development only the
/// development grant. Discovery
/// (/.well-known/openid-configuration) and the JWKS are OpenIddict's own.
/// </summary>
public static class TokenApi
{
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", Exchange).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Exchange(
        HttpContext http,
        SignInStaff staff,
        SignInMember member,
        IHostEnvironment environment,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        SignInOutcome outcome = request switch
        {
            _ when request.IsPasswordGrantType() =>
                await staff.HandleAsync(request.Username, request.Password, request.GetScopes(), cancellationToken),
            _ when request.IsClientCredentialsGrantType() =>
                new SignInOutcome.SignedIn(SignInPartner.PrincipalFor(request.ClientId!, null, request.GetScopes())),
            _ when request.GrantType == SignInMember.GrantType => await member.HandleAsync(
                (string?)request["phone"], (string?)request["code"], request.GetScopes(), cancellationToken),
            _ when request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType() =>
                await RefreshAsync(http, staff, member, cancellationToken),
            _ when request.GrantType == SignInForDevelopment.GrantType && environment.IsDevelopment() =>
                SignInForDevelopment.Handle(
                    (string?)request["role"], (string?)request["subject"], (string?)request["name"],
                    (string?)request["store_ids"], (string?)request["token_audience"],
                    (string?)request["lifetime_seconds"]),
            _ => new SignInOutcome.Refused("This grant type is not supported.", InvalidRequest: true),
        };

        return outcome switch
        {
            SignInOutcome.SignedIn signedIn =>
                Results.SignIn(signedIn.Principal, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme),
            SignInOutcome.Refused refused =>
                Refuse(refused.InvalidRequest ? Errors.InvalidRequest : Errors.InvalidGrant, refused.Description),
            SignInOutcome.LockedOut =>
                Refuse(Errors.InvalidGrant, "This account is locked for a while after repeated failed sign-ins."),
            SignInOutcome.Disabled => Refuse(Errors.InvalidGrant, "This account is disabled."),
            _ => throw new UnreachableException(),
        };
    }

    /// <summary>
    /// A refresh, or the exchange of an authorization code, re-reads whom the token is for: a staff account, or a
    /// member Identity still knows.
    /// </summary>
    private static async Task<SignInOutcome> RefreshAsync(
        HttpContext http, SignInStaff staff, SignInMember member, CancellationToken cancellationToken)
    {
        var refreshed =
            (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        return refreshed?.IsInRole(Loyalty.ServiceDefaults.Roles.Member) == true
            ? await member.RefreshAsync(refreshed, cancellationToken)
            : await staff.RefreshAsync(refreshed, cancellationToken);
    }

    internal static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
