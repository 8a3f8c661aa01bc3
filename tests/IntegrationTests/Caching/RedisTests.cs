using Loyalty.BuildingBlocks.Caching;

namespace Loyalty.IntegrationTests.Caching;

public class RedisTests(RedisFixture fixture) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_counter_counts_within_its_window_and_starts_again_after_it()
    {
        var counter = new ExpiringCounter(fixture.Redis, fixture.NewKeyspace());
        var window = TimeSpan.FromMilliseconds(600);

        Assert.Equal(1, await counter.IncrementAsync("member-1:marketing:day", window));
        Assert.Equal(2, await counter.IncrementAsync("member-1:marketing:day", window));
        Assert.Equal(5, await counter.IncrementAsync("member-1:marketing:day", window, by: 3));
        Assert.Equal(1, await counter.IncrementAsync("member-2:marketing:day", window));

        var ttl = await counter.TimeToLiveAsync("member-1:marketing:day");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMilliseconds(1), window);

        await Task.Delay(window + TimeSpan.FromMilliseconds(200));
        Assert.Equal(0, await counter.GetAsync("member-1:marketing:day"));
        Assert.Equal(1, await counter.IncrementAsync("member-1:marketing:day", window));
    }

    [Fact]
    public async Task Later_increments_do_not_extend_the_window()
    {
        var counter = new ExpiringCounter(fixture.Redis, fixture.NewKeyspace());
        await counter.IncrementAsync("cap", TimeSpan.FromSeconds(10));
        await Task.Delay(300);
        await counter.IncrementAsync("cap", TimeSpan.FromSeconds(10));

        Assert.True((await counter.TimeToLiveAsync("cap"))!.Value < TimeSpan.FromSeconds(9.9));
    }

    [Fact]
    public async Task Only_the_first_claim_of_a_key_wins_until_it_expires_or_is_released()
    {
        var dedupe = new Deduplicator(fixture.Redis, fixture.NewKeyspace());

        Assert.True(await dedupe.TryClaimAsync("notification:abc", TimeSpan.FromMilliseconds(500)));
        Assert.False(await dedupe.TryClaimAsync("notification:abc", TimeSpan.FromMilliseconds(500)));
        Assert.True(await dedupe.TryClaimAsync("notification:other", TimeSpan.FromMilliseconds(500)));

        await dedupe.ReleaseAsync("notification:abc");
        Assert.True(await dedupe.TryClaimAsync("notification:abc", TimeSpan.FromMilliseconds(300)));

        await Task.Delay(500);
        Assert.True(await dedupe.TryClaimAsync("notification:abc", TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Concurrent_claims_have_exactly_one_winner()
    {
        var dedupe = new Deduplicator(fixture.Redis, fixture.NewKeyspace());

        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => dedupe.TryClaimAsync("race", TimeSpan.FromSeconds(5))));

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task The_cache_computes_once_returns_the_stored_value_and_forgets_it_after_expiry()
    {
        var cache = new ExpiringCache(fixture.Redis, fixture.NewKeyspace());
        var calls = 0;
        Task<TierBenefits> Compute(CancellationToken _) => Task.FromResult(new TierBenefits("Gold", 1.5m, ++calls));

        var first = await cache.GetOrCreateAsync("tier:gold", TimeSpan.FromMilliseconds(500), Compute);
        var second = await cache.GetOrCreateAsync("tier:gold", TimeSpan.FromMilliseconds(500), Compute);

        Assert.Equal(first, second);
        Assert.Equal(1, calls);
        Assert.Equal(1.5m, (await cache.GetAsync<TierBenefits>("tier:gold"))!.Multiplier);

        await Task.Delay(700);
        Assert.Null(await cache.GetAsync<TierBenefits>("tier:gold"));
        await cache.SetAsync("tier:gold", new TierBenefits("Gold", 2.0m, 0), TimeSpan.FromSeconds(5));
        await cache.RemoveAsync("tier:gold");
        Assert.Null(await cache.GetAsync<TierBenefits>("tier:gold"));
    }

    [Fact]
    public async Task Services_sharing_a_Redis_do_not_see_each_others_keys()
    {
        var members = new Deduplicator(fixture.Redis, new RedisKeyspace($"loyalty:members-{Guid.NewGuid():N}:"));
        var campaign = new Deduplicator(fixture.Redis, new RedisKeyspace($"loyalty:campaign-{Guid.NewGuid():N}:"));

        Assert.True(await members.TryClaimAsync("same-key", TimeSpan.FromSeconds(5)));
        Assert.True(await campaign.TryClaimAsync("same-key", TimeSpan.FromSeconds(5)));
    }

    public sealed record TierBenefits(string Tier, decimal Multiplier, int ComputedTimes);
}
