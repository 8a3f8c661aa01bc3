using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Feedback.Api.Apis;

/// <summary>A refusal that is not a validation error (409, 410, 403) as ProblemDetails, naming its field.</summary>
internal static class Problems
{
    public static ProblemHttpResult Of(int status, string title, string? field = null) => TypedResults.Problem(
        statusCode: status, title: title,
        extensions: field is null ? null : new Dictionary<string, object?> { ["field"] = field });
}
