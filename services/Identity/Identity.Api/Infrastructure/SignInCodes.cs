using System.Security.Cryptography;
using System.Text;
using Loyalty.BuildingBlocks.Caching;
using StackExchange.Redis;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>
/// One-time sign-in codes, shared by every replica in Redis: a code lives five minutes and works once; five wrong
/// codes lock the phone for fifteen minutes; a phone may ask once a minute and five times an hour, an address twenty
/// times an hour. Only a hash of the code is kept, and nothing here logs a code or a phone.
/// </summary>
public sealed class SignInCodes(IConnectionMultiplexer redis, RedisKeyspace keyspace, ExpiringCounter counters)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(15);
    public const int MaxWrongCodes = 5;

    private static readonly (string Name, TimeSpan Window, int Limit)[] PhoneLimits =
        [("minute", TimeSpan.FromMinutes(1), 1), ("hour", TimeSpan.FromHours(1), 5)];

    private static readonly (TimeSpan Window, int Limit) AddressLimit = (TimeSpan.FromHours(1), 20);

    /// <summary>Counts the request against the phone's and the address's limits; false when over either.</summary>
    public async Task<bool> MayAskAsync(string phoneHash, string address)
    {
        var allowed = await counters.IncrementAsync($"sign-in-ip:{address}", AddressLimit.Window) <= AddressLimit.Limit;
        foreach (var (name, window, limit) in PhoneLimits)
        {
            allowed &= await counters.IncrementAsync($"sign-in-{name}:{phoneHash}", window) <= limit;
        }

        return allowed;
    }

    /// <summary>A new six-digit code for the phone, replacing any earlier one.</summary>
    public async Task<string> IssueAsync(string phoneHash)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000)
            .ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        await redis.GetDatabase().StringSetAsync(CodeKey(phoneHash), Hash(phoneHash, code), CodeLifetime);
        return code;
    }

    public async Task<CodeCheck> CheckAsync(string phoneHash, string code)
    {
        var database = redis.GetDatabase();
        if (await database.KeyExistsAsync(LockKey(phoneHash)))
        {
            return CodeCheck.Locked;
        }

        var stored = await database.StringGetAsync(CodeKey(phoneHash));
        if (stored.HasValue && CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(stored.ToString()), Encoding.ASCII.GetBytes(Hash(phoneHash, code)))
            && await database.KeyDeleteAsync(CodeKey(phoneHash)))
        {
            // Deleting it is what makes it single use: of two concurrent checks, one deletes it.
            await counters.ResetAsync($"sign-in-wrong:{phoneHash}");
            return CodeCheck.Right;
        }

        if (await counters.IncrementAsync($"sign-in-wrong:{phoneHash}", LockTime) < MaxWrongCodes)
        {
            return CodeCheck.Wrong;
        }

        await database.StringSetAsync(LockKey(phoneHash), 1, LockTime);
        await database.KeyDeleteAsync(CodeKey(phoneHash));
        return CodeCheck.Locked;
    }

    private string CodeKey(string phoneHash) => keyspace.Key("sign-in-code", phoneHash);

    private string LockKey(string phoneHash) => keyspace.Key("sign-in-lock", phoneHash);

    private static string Hash(string phoneHash, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(phoneHash + ":" + code.Trim())));
}

public enum CodeCheck
{
    Right,
    Wrong,
    Locked,
}
