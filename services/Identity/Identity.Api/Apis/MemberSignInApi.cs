using Loyalty.ServiceDefaults;
using Loyalty.Identity.Api.Application;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Identity.Api.Apis;

/// <summary>
/// A member's first step of signing in: POST /connect/sign-in-code with her phone sends her a code by SMS; she then
/// takes it to /connect/token (grant_type urn:loyalty:grant-type:phone-code, client_id member-app).
/// </summary>
public static class MemberSignInApi
{
    public static IEndpointRouteBuilder MapMemberSignInApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/sign-in-code", SendCode).AllowAnonymous().WithTags("Member sign-in")
            .WithSummary("Send a one-time sign-in code to a member's phone. The answer is 202 whether or not the phone "
                + "is a member's; a phone may ask once a minute (429 otherwise).");
        return app;
    }

    public static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> SendCode(
        SignInCodeRequest request, HttpContext http, SendSignInCode send, CancellationToken cancellationToken) =>
        await send.HandleAsync(request.Phone, ClientAddress.Of(http), cancellationToken) switch
        {
            SendSignInCodeOutcome.Accepted => TypedResults.Accepted((string?)null),
            SendSignInCodeOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            _ => TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many sign-in codes asked for; wait a minute.",
                extensions: new Dictionary<string, object?> { ["field"] = "phone" }),
        };
}

/// <summary>A member asking for a sign-in code.</summary>
/// <param name="Phone">Her mobile number (11 digits, optionally +86).</param>
public sealed record SignInCodeRequest(string? Phone) : IRequestExample<SignInCodeRequest>
{
    public static SignInCodeRequest Example { get; } = new("13812345678");
}
