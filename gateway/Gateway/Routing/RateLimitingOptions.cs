namespace Loyalty.Gateway.Routing;

/// <summary>
/// "RateLimiting" section: each client (token subject, or IP address without a token) gets this many requests a window.
/// </summary>
public sealed class RateLimitingOptions
{
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
