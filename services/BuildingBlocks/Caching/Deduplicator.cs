using StackExchange.Redis;

namespace Loyalty.BuildingBlocks.Caching;

/// <summary>
/// "Only once within a time": the first caller to claim a key wins until it expires (SET NX with expiry).
/// </summary>
public sealed class Deduplicator(IConnectionMultiplexer redis, RedisKeyspace keyspace)
{
    /// <summary>
    /// True for the first claim of <paramref name="key"/> within <paramref name="ttl"/>; false for every later one.
    /// </summary>
    public Task<bool> TryClaimAsync(string key, TimeSpan ttl)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        return redis.GetDatabase().StringSetAsync(keyspace.Key("dedupe", key), "1", ttl, When.NotExists);
    }

    /// <summary>Gives a claim back, e.g. when the work it guarded failed and may be tried again.</summary>
    public Task ReleaseAsync(string key) => redis.GetDatabase().KeyDeleteAsync(keyspace.Key("dedupe", key));
}
