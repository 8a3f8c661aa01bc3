using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Application;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Segmentation;

/// <summary>
/// A purchase dated 0001-01-01 reached the database (PostgreSQL keeps it as -infinity): the member is left out of
/// the models and reported, and the refit, the recompute and the nightly run still complete for everyone else (a drawn
/// base beside them gives the models enough members to accept a fit).
/// </summary>
public class OddHistoryTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("-infinity")]
    [InlineData("0001-01-01")]
    public async Task A_member_with_a_purchase_dated_year_one_is_skipped_and_counted_and_the_population_jobs_complete(
        string paidOn)
    {
        // 1 March 2026, 01:00 in Shanghai: before the nightly time.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 1, 0, 0, Shanghai).ToUniversalTime());
        await using var host = await SegmentationHost.StartAsync(clock);
        var regulars = Enumerable.Range(0, 8).Select(_ => Guid.CreateVersion7()).ToArray();
        var odd = Guid.CreateVersion7();
        for (var i = 0; i < regulars.Length; i++)
        {
            // 1 to 3 purchase days each, spread over the past year (the last two members first bought today), so both
            // models have something to fit.
            for (var k = 0; k <= i % 3; k++)
            {
                var daysAgo = i < 6 ? 300 - (40 * i) - (20 * k) : 0;
                await host.PublishAsync(Purchase(regulars[i], 300m + (50 * i) + (20 * k),
                    clock.GetUtcNow().AddDays(-daysAgo).AddMinutes(-10 - k), clock));
            }
        }

        await host.PublishAsync(Purchase(odd, 800m, clock.GetUtcNow().AddDays(-20), clock));
        await host.PublishAsync(Purchase(odd, 900m, clock.GetUtcNow().AddDays(-10), clock));
        await host.EventuallyAsync(async db => await db.Purchases.CountAsync() == 17, "every purchase consumed");

        // What a till's placeholder date leaves in the table (the API now refuses it; older rows may remain).
        await host.WithScopeAsync((_, db) => db.Database.ExecuteSqlAsync(
            $"""
            UPDATE purchases SET "PaidOn" = CAST({paidOn} AS date), "PaidAt" = CAST({paidOn} AS timestamptz)
            WHERE "MemberId" = {odd} AND "Amount" = 800
            """));

        // A base the default thresholds accept a fit on (500 members, 100 repeat buyers), beside the regulars above.
        var drawn = DrawnHistories.Draw(DrawnStory.BgNbd, 800, new DateOnly(2026, 3, 1), 78, seed: 4);
        await DrawnHistories.StoreAsync(host, drawn);
        regulars = [.. regulars, .. drawn.Select(p => p.MemberId).Distinct()];

        var (fit, skipped) = await host.WithScopeAsync((services, _) =>
            services.GetRequiredService<ModelRefit>().RefitAsync(CancellationToken.None));
        Assert.NotNull(fit);
        Assert.True(fit.Accepted, fit.Refusal);
        Assert.Equal((regulars.Length, 1), (fit.Customers, skipped));

        var outcome = await host.WithScopeAsync((services, _) =>
            services.GetRequiredService<FullRecompute>().RecomputeAsync(CancellationToken.None));
        Assert.True(outcome.Predicted);
        Assert.Equal((regulars.Length + 1, 1), (outcome.Scored, outcome.Skipped));
        var members = await host.QueryAsync(db => db.Members.AsNoTracking().ToListAsync());
        Assert.All(members.Where(m => m.Id != odd), m => Assert.NotNull(m.ProbabilityAlive));
        Assert.Null(members.Single(m => m.Id == odd).ProbabilityAlive);

        // The nightly run refits (the fit above is less than a week old, so it is forced by removing it) and completes.
        await host.WithScopeAsync((_, db) => db.ModelFits.ExecuteDeleteAsync());
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 2, 0, 0, Shanghai).ToUniversalTime());
        await host.EventuallyAsync(db => db.JobRuns.AnyAsync(r => r.RunDate == new DateOnly(2026, 3, 1)),
            "the nightly run of 1 March");
        var line = await host.QueryAsync(db => db.JobRuns.Select(r => r.Outcome).SingleAsync());
        Assert.Contains("models refitted", line, StringComparison.Ordinal);
        Assert.Contains("1 member skipped", line, StringComparison.Ordinal);
    }

    private static PurchaseRecorded Purchase(
        Guid memberId,
        decimal amount,
        DateTimeOffset paidAt,
        TimeProvider clock) =>
        new(Guid.NewGuid(), $"POS-{Guid.NewGuid():N}", memberId, "SH-01", amount,
            [new PurchaseItem("HA-1ML", "injectables", 1, amount)], paidAt)
        {
            OccurredAt = clock.GetUtcNow(),
        };
}
