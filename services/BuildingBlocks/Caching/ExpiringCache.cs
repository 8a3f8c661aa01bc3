using System.Text.Json;
using StackExchange.Redis;

namespace Loyalty.BuildingBlocks.Caching;

/// <summary>JSON values cached across replicas with an expiry.</summary>
public sealed class ExpiringCache(IConnectionMultiplexer redis, RedisKeyspace keyspace)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T?> GetAsync<T>(string key)
    {
        var value = await redis.GetDatabase().StringGetAsync(keyspace.Key("cache", key));
        return value.HasValue ? JsonSerializer.Deserialize<T>((string)value!, Json) : default;
    }

    public Task SetAsync<T>(string key, T value, TimeSpan ttl)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        return redis.GetDatabase()
            .StringSetAsync(keyspace.Key("cache", key), JsonSerializer.Serialize(value, Json), ttl);
    }

    /// <summary>
    /// Returns the cached value, or computes, caches and returns it. Concurrent misses may all compute: keep factories
    /// cheap and pure.
    /// </summary>
    public async Task<T> GetOrCreateAsync<T>(
        string key,
        TimeSpan ttl,
        Func<CancellationToken, Task<T>> factory,
        CancellationToken cancellationToken = default)
    {
        var db = redis.GetDatabase();
        var redisKey = keyspace.Key("cache", key);
        var cached = await db.StringGetAsync(redisKey);
        if (cached.HasValue)
        {
            return JsonSerializer.Deserialize<T>((string)cached!, Json)!;
        }

        var value = await factory(cancellationToken);
        await db.StringSetAsync(redisKey, JsonSerializer.Serialize(value, Json), ttl);
        return value;
    }

    public Task RemoveAsync(string key) => redis.GetDatabase().KeyDeleteAsync(keyspace.Key("cache", key));
}
