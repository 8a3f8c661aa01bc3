using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.Member.Extensions;
using Microsoft.Extensions.Options;

namespace Loyalty.Member.Authentication;

/// <summary>The tokens of a signed-in member, as the Identity service gave them.</summary>
public sealed record TokenSet(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);

/// <summary>What the Identity service answered to a code or a sign-in: the tokens, or why not (its own words).</summary>
public sealed record SignInAnswer(TokenSet? Tokens, HttpStatusCode Status, string? Error, string? Field = null)
{
    public bool Succeeded => Tokens is not null;
}

/// <summary>
/// The Identity service's member endpoints through the gateway: ask for a code, exchange it (grant
/// urn:loyalty:grant-type:phone-code, client member-app), refresh, revoke; and, in Development, the gateway's /dev/token.
/// </summary>
public sealed partial class TokenClient(
    HttpClient http, IOptions<MemberAppOptions> options, TimeProvider time, ILogger<TokenClient> logger)
{
    public const string PhoneCodeGrant = "urn:loyalty:grant-type:phone-code";

    private string ClientId => options.Value.ClientId;

    /// <summary>
    /// POST /connect/sign-in-code: 202 whether or not the phone is a member's; 400 a bad phone; 429 too often.
    /// </summary>
    public async Task<SignInAnswer> AskForCodeAsync(string phone, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/connect/sign-in-code", new { phone }, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new SignInAnswer(null, response.StatusCode, null);
        }

        var problem = await ReadJsonAsync(response, cancellationToken);
        var fieldError = problem?.TryGetProperty("errors", out var errors) == true
            && errors.TryGetProperty("phone", out var phoneErrors) && phoneErrors.ValueKind == JsonValueKind.Array
                ? phoneErrors[0].GetString()
                : null;
        return new SignInAnswer(null, response.StatusCode, fieldError ?? Text(problem, "title"), "phone");
    }

    public Task<SignInAnswer> SignInAsync(string phone, string code, CancellationToken cancellationToken) =>
        TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = PhoneCodeGrant, ["client_id"] = ClientId, ["phone"] = phone, ["code"] = code,
            ["scope"] = "offline_access",
        }, cancellationToken);

    public Task<SignInAnswer> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = ClientId, ["refresh_token"] = refreshToken,
        }, cancellationToken);

    /// <summary>Signing out: the refresh token can no longer be exchanged.</summary>
    public async Task RevokeAsync(string refreshToken, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync("/connect/revoke", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["token"] = refreshToken, ["token_type_hint"] = "refresh_token", ["client_id"] = ClientId,
            }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogRevocationRefused(logger, (int)response.StatusCode);
        }
    }

    /// <summary>Development only: the gateway's development token for this member (role member, sub = her id).</summary>
    public async Task<TokenSet?> DevelopmentTokenAsync(Guid memberId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(
            "/dev/token", new { role = "member", subject = memberId.ToString() }, cancellationToken);
        var answer = await ReadJsonAsync(response, cancellationToken);
        return response.IsSuccessStatusCode && answer is { } token
            ? new TokenSet(Text(token, "accessToken")!, null,
                time.GetUtcNow().AddSeconds(token.GetProperty("expiresIn").GetInt32()))
            : null;
    }

    private async Task<SignInAnswer> TokenAsync(
        Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form), cancellationToken);
        var answer = await ReadJsonAsync(response, cancellationToken);
        if (!response.IsSuccessStatusCode || answer is not { } tokens)
        {
            // OAuth errors: error_description says why (a wrong or expired code, a locked phone).
            return new SignInAnswer(null, response.StatusCode,
                Text(answer, "error_description") ?? Text(answer, "error"), "code");
        }

        return new SignInAnswer(new TokenSet(
                Text(tokens, "access_token")!,
                Text(tokens, "refresh_token") ?? form.GetValueOrDefault("refresh_token"),
                time.GetUtcNow().AddSeconds(tokens.GetProperty("expires_in").GetInt32())),
            response.StatusCode, null);
    }

    private static string? Text(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static async Task<JsonElement?> ReadJsonAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // No JSON body (an empty 202, a plain-text error): the status says what happened.
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Identity service refused a revocation ({Status}).")]
    private static partial void LogRevocationRefused(ILogger logger, int status);
}
