using System.Text.Json.Serialization;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Loyalty.Gateway.Apis;

/// <summary>
/// POST /dev/token gets a token for local work and tests from the Identity service's development grant, signed with
/// the Identity service's real keys. Mapped only when Jwt:DevTokensEnabled is true and the environment is not
/// Production, and the Identity service itself offers the grant only in Development.
/// </summary>
public static class DevTokenApi
{
    /// <summary>The Identity service by its service-discovery name.</summary>
    public const string IdentityClient = "identity";

    public static WebApplication MapDevTokenApi(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<JwtOptions>>().Value.DevTokensEnabled
            && !app.Environment.IsProduction())
        {
            app.MapPost("/dev/token", IssueToken).AllowAnonymous().WithTags("Development");
        }

        return app;
    }

    public static async Task<Results<Ok<DevTokenResponse>, ValidationProblem>> IssueToken(
        DevTokenRequest request, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "urn:loyalty:grant-type:development",
            ["client_id"] = "development",
            ["role"] = request.Role ?? "",
        };
        AddIfGiven(form, "subject", request.Subject);
        AddIfGiven(form, "name", request.Name);
        AddIfGiven(form, "store_ids", request.StoreIds is { Count: > 0 } stores ? string.Join(',', stores) : null);

        using var response = await clients.CreateClient(IdentityClient)
            .PostAsync("/connect/token", new FormUrlEncodedContent(form), cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<TokenEndpointAnswer>(cancellationToken)
            ?? throw new InvalidOperationException("The Identity service answered without a body.");
        if (answer.AccessToken is not { } accessToken)
        {
            var field = answer.ErrorDescription?.Contains("subject", StringComparison.Ordinal) == true
                ? "subject"
                : "role";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [field] = [answer.ErrorDescription ?? answer.Error ?? "The Identity service refused the request."],
            });
        }

        var token = new JsonWebToken(accessToken);
        var role = token.GetPayloadValue<string>("role");
        return TypedResults.Ok(new DevTokenResponse(accessToken, "Bearer", answer.ExpiresIn, role, token.Subject));
    }

    private static void AddIfGiven(Dictionary<string, string> form, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            form[name] = value;
        }
    }

    private sealed record TokenEndpointAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
