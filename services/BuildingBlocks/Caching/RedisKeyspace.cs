namespace Loyalty.BuildingBlocks.Caching;

/// <summary>
/// Prefixes every key with the owning service ("loyalty:{service}:"), so services sharing a Redis never collide.
/// </summary>
public sealed class RedisKeyspace(string prefix)
{
    public string Prefix { get; } = prefix;

    public string Key(string purpose, string key) => $"{Prefix}{purpose}:{key}";
}
