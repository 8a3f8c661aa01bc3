using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Points.Api.Apis;

/// <summary>A ProblemDetails answer that names the request field it is about ("field" extension).</summary>
internal static class FieldProblem
{
    public static ProblemHttpResult Of(int status, string title, string field, string? detail = null) =>
        TypedResults.Problem(
            statusCode: status,
            title: title,
            detail: detail,
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
