using StackExchange.Redis;

namespace Loyalty.BuildingBlocks.Caching;

/// <summary>
/// Counters that reset after a window: frequency caps and rate limits shared by all replicas.
/// The increment and the expiry are one atomic script, so a crash can never leave a counter without expiry.
/// </summary>
public sealed class ExpiringCounter(IConnectionMultiplexer redis, RedisKeyspace keyspace)
{
    private static readonly LuaScript IncrementScript = LuaScript.Prepare(
        "local v = redis.call('INCRBY', @key, @by) " +
        "if v == tonumber(@by) then redis.call('PEXPIRE', @key, @ttl) end return v");

    /// <summary>
    /// Adds <paramref name="by"/> to the counter; the window starts with the first increment. Returns the new count.
    /// </summary>
    public async Task<long> IncrementAsync(string name, TimeSpan window, long by = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(by, 1);
        var result = await redis.GetDatabase().ScriptEvaluateAsync(IncrementScript, new
        {
            key = (RedisKey)keyspace.Key("counter", name),
            by,
            ttl = (long)window.TotalMilliseconds,
        });
        return (long)result;
    }

    public async Task<long> GetAsync(string name)
    {
        var value = await redis.GetDatabase().StringGetAsync(keyspace.Key("counter", name));
        return value.HasValue ? (long)value : 0;
    }

    /// <summary>Starts the counter over (a success that clears earlier failures).</summary>
    public Task ResetAsync(string name) => redis.GetDatabase().KeyDeleteAsync(keyspace.Key("counter", name));

    public Task<TimeSpan?> TimeToLiveAsync(string name) =>
        redis.GetDatabase().KeyTimeToLiveAsync(keyspace.Key("counter", name));
}
