using Loyalty.BuildingBlocks.Caching;
using Loyalty.Contracts;
using StackExchange.Redis;

namespace Loyalty.Notification.Api.Infrastructure;

/// <summary>
/// Marketing caps per member and channel in Redis, so every replica counts against the same numbers: one atomic
/// script checks the day and week counters and takes one from both only when both are under their limits.
/// </summary>
public sealed class FrequencyCap(IConnectionMultiplexer redis, RedisKeyspace keyspace)
{
    private const string TakeScript = """
        local day = tonumber(redis.call('GET', KEYS[1]) or '0')
        local week = tonumber(redis.call('GET', KEYS[2]) or '0')
        if day >= tonumber(ARGV[1]) or week >= tonumber(ARGV[2]) then return 0 end
        redis.call('INCR', KEYS[1]) redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('INCR', KEYS[2]) redis.call('PEXPIRE', KEYS[2], ARGV[4])
        return 1
        """;

    // Gives back what TakeScript took, never going below zero (the window may have expired meanwhile).
    private const string ReturnScript = """
        for _, key in ipairs(KEYS) do
            if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
        end
        return 1
        """;

    private static readonly long DayTtl = (long)TimeSpan.FromDays(2).TotalMilliseconds;
    private static readonly long WeekTtl = (long)TimeSpan.FromDays(8).TotalMilliseconds;

    /// <summary>
    /// True if the member may get one more marketing message on this channel in these windows (and counts it).
    /// </summary>
    public async Task<bool> TryTakeAsync(
        Guid memberId, Channel channel, (string Day, string Week) windows, int perDay, int perWeek)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(
            TakeScript, Keys(memberId, channel, windows), [perDay, perWeek, DayTtl, WeekTtl]);
        return (long)result == 1;
    }

    /// <summary>
    /// Gives back a message's place in these windows: it was counted, then failed for good, so the member never got it.
    /// </summary>
    public async Task ReturnAsync(Guid memberId, Channel channel, (string Day, string Week) windows)
    {
        await redis.GetDatabase().ScriptEvaluateAsync(ReturnScript, Keys(memberId, channel, windows));
    }

    /// <summary>The day's and the week's counter of a member on a channel.</summary>
    private RedisKey[] Keys(Guid memberId, Channel channel, (string Day, string Week) windows)
    {
        var prefix = $"{memberId:N}:{channel}";
        return [keyspace.Key("cap", $"{prefix}:d:{windows.Day}"), keyspace.Key("cap", $"{prefix}:w:{windows.Week}")];
    }
}
