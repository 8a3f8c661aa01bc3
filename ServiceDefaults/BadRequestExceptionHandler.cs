using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// Unreadable requests (malformed JSON, a value of the wrong type) become 400 ValidationProblemDetails naming the
/// field, instead of the 500 an unhandled exception would give.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var json = FindJsonException(badRequest);
        var field = json?.Path is { Length: > 1 } path ? FieldName(path) : "body";
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [json is null ? badRequest.Message : $"The value of '{field}' is not valid for this field (wrong format or type)."],
        })
        {
            Status = badRequest.StatusCode,
            Title = "The request could not be read.",
        };

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>"$.birthDate" → "birthDate"; "$.items[0].amount" → "items[0].amount".</summary>
    private static string FieldName(string jsonPath) => jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
}
