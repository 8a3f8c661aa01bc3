using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// Requests the platform cannot take become 400 ValidationProblemDetails naming the field, instead of the 500 an
/// unhandled exception would give: unreadable bodies (malformed JSON, a value of the wrong type, an unknown field, a
/// null where none is allowed, see <see cref="JsonInput"/>) and values their column cannot hold as sent
/// (<see cref="ValidationException"/>, raised before anything is written).
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken)
    {
        var (status, title, errors) = exception switch
        {
            BadHttpRequestException badRequest =>
                (badRequest.StatusCode, "The request could not be read.", Describe(badRequest)),
            ValidationException invalid =>
                (StatusCodes.Status400BadRequest, "One or more fields are not valid.", Describe(invalid)),
            _ => (0, "", null),
        };
        if (errors is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ValidationProblemDetails(errors) { Status = status, Title = title },
            Exception = exception,
        });
    }

    private static Dictionary<string, string[]> Describe(BadHttpRequestException badRequest)
    {
        var json = FindJsonException(badRequest);
        if (json is null)
        {
            return new() { ["body"] = [badRequest.Message] };
        }

        var field = json.Path is { Length: > 1 } path ? FieldName(path) : "body";
        var message = json switch
        {
            JsonInputException input => $"'{field}' {input.Message}",
            _ when json.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) =>
                $"'{field}' is not a field of this request (check its spelling).",
            // "The constructor parameter … doesn't allow null values" /
            // "The property … doesn't allow setting null values"
            _ when json.Message.Contains("null values", StringComparison.Ordinal) =>
                $"'{field}' cannot be null: leave it out or give a value.",
            _ => $"The value of '{field}' is not valid for this field (wrong format or type).",
        };
        return new() { [field] = [message] };
    }

    private static Dictionary<string, string[]> Describe(ValidationException invalid)
    {
        var members = invalid.ValidationResult.MemberNames.DefaultIfEmpty("body");
        return members.ToDictionary(
            member => member,
            _ => new[] { invalid.ValidationResult.ErrorMessage ?? invalid.Message });
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
    private static string FieldName(string jsonPath) =>
        jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
}
