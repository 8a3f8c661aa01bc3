using System.Diagnostics;
using System.Security.Claims;
using Loyalty.Identity.Api.Application;
using Loyalty.Identity.Api.Infrastructure;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.Identity.Api.Apis;

/// <summary>
/// Staff sign-in in a browser, for the console (authorization code with PKCE; OpenIddict validates the client, its
/// redirect address and the code challenge before these handlers run): /connect/authorize gives the code to a staff
/// member signed in here, or sends the browser to the sign-in page; /connect/login checks the password the way the
/// POS's password grant does; /connect/logout ends the session here. The browser reaches this service only through
/// the gateway, so every address this service sends it to on itself is relative.
/// </summary>
public static class ConsoleSignInApi
{
    public const string AuthorizePath = "/connect/authorize";

    public const string LogoutPath = "/connect/logout";

    public static IEndpointRouteBuilder MapConsoleSignInApi(this IEndpointRouteBuilder app)
    {
        string[] getOrPost = [HttpMethods.Get, HttpMethods.Post];
        app.MapMethods(AuthorizePath, getOrPost, Authorize).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(SignInPage.Path, ShowSignInPage).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(SignInPage.Path, SignIn).AllowAnonymous().ExcludeFromDescription();
        app.MapMethods(LogoutPath, getOrPost, SignOut).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> Authorize(HttpContext http, SignInStaff staff, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        var session = await http.AuthenticateAsync(StaffSessionCookie.Scheme);
        if (session.Principal?.FindFirstValue(Claims.Subject) is not { } staffId
            || request.HasPromptValue(PromptValues.Login))
        {
            return request.HasPromptValue(PromptValues.None)
                ? TokenApi.Refuse(Errors.LoginRequired, "No staff member is signed in.")
                : await SendToSignInPageAsync(http, request);
        }

        if (await staff.ReloadAsync(staffId, request.GetScopes(), cancellationToken)
            is SignInOutcome.SignedIn signedIn)
        {
            return Results.SignIn(signedIn.Principal, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        // Disabled or locked since signing in here: the session ends, and the sign-in page will say why.
        await http.SignOutAsync(StaffSessionCookie.Scheme);
        return await SendToSignInPageAsync(http, request);
    }

    public static IResult ShowSignInPage(
        HttpContext http, IAntiforgery antiforgery, string? returnUrl = null, string? lang = null)
    {
        if (returnUrl is not null && !IsAuthorizationRequest(returnUrl))
        {
            return InvalidReturnUrl();
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return SignInPage.Form(SignInTexts.For(lang), tokens.FormFieldName, tokens.RequestToken!, returnUrl, null);
    }

    public static async Task<IResult> SignIn(
        HttpContext http, IAntiforgery antiforgery, SignInStaff staff, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return TypedResults.Problem(
                "Send the sign-in form as application/x-www-form-urlencoded.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var returnUrl = form["ReturnUrl"].ToString() is { Length: > 0 } given ? given : null;
        if (returnUrl is not null && !IsAuthorizationRequest(returnUrl))
        {
            return InvalidReturnUrl();
        }

        var texts = SignInTexts.For(form["lang"]);
        var userName = form["username"].ToString();
        IResult FormWith(string error)
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return SignInPage.Form(texts, tokens.FormFieldName, tokens.RequestToken!, returnUrl, userName, error);
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return FormWith(texts.Expired);
        }

        var outcome = await staff.HandleAsync(userName, form["password"], [], cancellationToken);
        switch (outcome)
        {
            case SignInOutcome.SignedIn signedIn:
                await http.SignInAsync(
                    StaffSessionCookie.Scheme,
                    StaffSessionCookie.PrincipalFor(signedIn.Principal.FindFirstValue(Claims.Subject)!),
                    new AuthenticationProperties { IsPersistent = false });
                return returnUrl is null ? SignInPage.Notice(texts, texts.SignedIn) : TypedResults.Redirect(returnUrl);
            case SignInOutcome.Refused { InvalidRequest: true }:
                return FormWith(texts.MissingFields);
            case SignInOutcome.Refused:
                return FormWith(texts.WrongCredentials);
            case SignInOutcome.LockedOut:
                return FormWith(texts.LockedOut);
            case SignInOutcome.Disabled:
                return FormWith(texts.Disabled);
            default:
                throw new UnreachableException();
        }
    }

    /// <summary>
    /// Ends the session here; then back to the console when it named one of its registered post-logout addresses
    /// (OpenIddict refuses any other before this runs), else a page saying so.
    /// </summary>
    public static async Task<IResult> SignOut(HttpContext http, string? lang = null)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        await http.SignOutAsync(StaffSessionCookie.Scheme);
        var texts = SignInTexts.For(lang ?? request.UiLocales);
        return request.PostLogoutRedirectUri is null
            ? SignInPage.Notice(texts, texts.SignedOut)
            : Results.SignOut(null, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>
    /// The sign-in page, to come back to this same authorization request, without its prompt (asking again after
    /// the page would send the browser round in a loop). The request's ui_locales picks the page's language.
    /// </summary>
    private static async Task<IResult> SendToSignInPageAsync(HttpContext http, OpenIddictRequest request)
    {
        IEnumerable<KeyValuePair<string, StringValues>> parameters = http.Request.HasFormContentType
            ? await http.Request.ReadFormAsync()
            : http.Request.Query;
        var returnUrl = AuthorizePath + QueryString.Create(parameters.Where(p => p.Key != Parameters.Prompt));
        var language = request.UiLocales is { } locales ? SignInTexts.For(locales).Language : null;
        return TypedResults.Redirect(SignInPage.Address(returnUrl, language));
    }

    /// <summary>
    /// The only place the sign-in page sends the browser back to is this service's authorization endpoint, by a
    /// relative address: nothing else can be smuggled in as a redirect (nor a header, by a line break).
    /// </summary>
    private static bool IsAuthorizationRequest(string returnUrl) =>
        (returnUrl == AuthorizePath || returnUrl.StartsWith(AuthorizePath + "?", StringComparison.Ordinal))
        && !returnUrl.Any(char.IsControl);

    private static IResult InvalidReturnUrl() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["ReturnUrl"] = [$"Give the address of an authorization request ({AuthorizePath}?...) or none."],
    });
}
