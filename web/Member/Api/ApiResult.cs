using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.Member.Api;

/// <summary>
/// An answer that is not a success: its ProblemDetails title and detail, and the field errors keyed by the API's
/// field names (camelCase, "answers.nps"), so a form shows each beside its field.
/// </summary>
public sealed record ApiProblem(
    HttpStatusCode Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public string? ErrorFor(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { } errors
            ? string.Join(" ", errors)
            : null;

    public string Message => Detail is { Length: > 0 } detail ? $"{Title} {detail}" : Title;

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ProblemBody? body = null;
        try
        {
            body = await response.Content.ReadFromJsonAsync<ProblemBody>(GatewayApi.Json, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // Not ProblemDetails: the status line says what happened.
        }

        return new ApiProblem(response.StatusCode, body?.Title ?? response.ReasonPhrase ?? response.StatusCode.ToString(),
            body?.Detail, body?.Errors ?? []);
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}

/// <summary>An API call's outcome: its value, or the problem it answered with.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public string? ErrorFor(string field) => Problem?.ErrorFor(field);
}
