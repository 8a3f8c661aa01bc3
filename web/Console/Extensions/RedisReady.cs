using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Loyalty.Console.Extensions;

/// <summary>Ready when Redis answers: the sessions' tokens and the cookies' keys live there.</summary>
public sealed class RedisReady(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (RedisException ex)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", ex);
        }
    }
}
