using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// Takes the caller's X-Correlation-Id (the gateway always sets one) or makes one, echoes it on the response,
/// puts it in the log scope and in Activity baggage, from where the outbox carries it into events.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    private const int MaxLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = context.Request.Headers[CorrelationIds.HeaderName].ToString();
        if (string.IsNullOrWhiteSpace(correlationId) || correlationId.Length > MaxLength || !correlationId.All(IsSafe))
        {
            correlationId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        }

        context.Request.Headers[CorrelationIds.HeaderName] = correlationId;
        // Set when the response starts, replacing any copy a proxied service sent back (the gateway would echo it
        // twice).
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationIds.HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        Activity.Current?.SetBaggage(CorrelationIds.BaggageKey, correlationId);
        Activity.Current?.SetTag("correlation.id", correlationId);
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
