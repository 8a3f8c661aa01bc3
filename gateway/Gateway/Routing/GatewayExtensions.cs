using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Loyalty.Gateway.Routing;

internal static class GatewayExtensions
{
    public static void AddGateway(this IHostApplicationBuilder builder)
    {
        builder.AddTrustedProxies();
        builder.Services.AddHttpClient(
            Apis.DevTokenApi.IdentityClient, client => client.BaseAddress = new Uri("http://identity"));
        builder.Services.AddReverseProxy()
            .LoadFromMemory(GatewayRoutes.Routes(), GatewayRoutes.Clusters(builder.Configuration));

        var limits = builder.Configuration.GetSection("RateLimiting").Get<RateLimitingOptions>()
            ?? new RateLimitingOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(GatewayRoutes.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = limits.Window,
                    QueueLimit = 0,
                }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds))
                        .ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = 429,
                        Title = "Too many requests.",
                        Detail = $"At most {limits.PermitLimit} requests per {limits.Window} per client.",
                    },
                    options: null,
                    contentType: "application/problem+json",
                    cancellationToken);
            };
        });

        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("X-Correlation-Id", "Location", "Retry-After")));
    }

    /// <summary>A client is its token's subject; without a token, its IP address.</summary>
    private static string ClientKey(HttpContext context) =>
        context.User.FindFirst("sub")?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
