using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.ServiceDefaults.Input;

/// <summary>
/// PostgreSQL text cannot hold a NUL character, so a path or query value with one (%00) is refused before any
/// endpoint sees it: 400 naming the query parameter (or "path"). Bodies are checked by <see cref="JsonInput"/>.
/// </summary>
public sealed class NulCharacterMiddleware(RequestDelegate next, IProblemDetailsService problemDetails)
{
    private const string Message = "must not contain NUL (U+0000) characters.";

    public async Task InvokeAsync(HttpContext context)
    {
        var field = context.Request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true
            ? "path"
            : context.Request.Query.FirstOrDefault(HasNul).Key;
        if (field is null)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ValidationProblemDetails(
                new Dictionary<string, string[]> { [field] = [$"'{field}' {Message}"] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request could not be read.",
            },
        });
    }

    private static bool HasNul(KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> parameter) =>
        parameter.Key.Contains('\0', StringComparison.Ordinal)
        || parameter.Value.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true);
}
