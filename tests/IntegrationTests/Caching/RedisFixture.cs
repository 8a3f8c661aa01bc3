using Loyalty.BuildingBlocks.Caching;
using Loyalty.IntegrationTests.Support;
using StackExchange.Redis;

namespace Loyalty.IntegrationTests.Caching;

/// <summary>A connection to the real redis-server, and a keyspace no other test run shares.</summary>
public sealed class RedisFixture : IDisposable
{
    public RedisFixture()
    {
        TestServers.RequireRedis();
        Redis = ConnectionMultiplexer.Connect(TestServers.RedisConnectionString);
    }

    public IConnectionMultiplexer Redis { get; }

    public RedisKeyspace NewKeyspace() => new($"loyalty:it-{Guid.NewGuid():N}:");

    public void Dispose() => Redis.Dispose();
}
