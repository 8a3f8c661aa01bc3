using System.Net;

namespace Loyalty.Console.Api;

/// <summary>
/// What an API answered that is not a success: its ProblemDetails (title, detail) and the field errors, keyed by the
/// API's field names (camelCase, as the request had them), so a form shows each beside its field.
/// </summary>
public sealed record ApiProblem(
    HttpStatusCode Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public string? ErrorFor(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { } errors
            ? string.Join(" ", errors)
            : null;

    public bool HasErrorFor(string field) => ErrorFor(field) is not null;

    /// <summary>The message for the whole answer: the detail, else the title, with the field errors not shown beside a
    /// field.</summary>
    public string Message => Detail is { Length: > 0 } detail ? $"{Title} {detail}" : Title;
}

/// <summary>An API call's outcome: its value, or the problem it answered with.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    /// <summary>Whether a field has an error (for a form field's Error parameter).</summary>
    public bool HasErrorFor(string field) => Problem?.HasErrorFor(field) == true;

    public string? ErrorFor(string field) => Problem?.ErrorFor(field);
}
