using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Engine.Rfm;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Segmentation;

/// <summary>
/// The service in-process on real PostgreSQL and RabbitMQ with a moved clock: events in, the nightly job at 02:00
/// Shanghai time, and SegmentEntered/SegmentLeft only when a membership really changes.
/// </summary>
public class LifecycleTransitionTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task An_active_member_turns_dormant_after_60_days_with_one_entered_and_one_left_event_however_often_it_is_recomputed()
    {
        // 1 March 2026, 01:00 in Shanghai: before the nightly time, so the job does not run at start.
        var clock = new FakeTimeProvider(Local(2026, 3, 1, 1, 0));
        await using var host = await SegmentationHost.StartAsync(clock);
        var (regular, occasional) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var paidAt = clock.GetUtcNow().AddMinutes(-30);

        // Purchases first: they overtake the registrations, which complete the placeholder rows.
        await host.PublishAsync(Purchase(regular, 500m, paidAt, clock));
        await host.PublishAsync(Purchase(regular, 500m, paidAt.AddMinutes(5), clock));
        await host.PublishAsync(Purchase(occasional, 100m, paidAt, clock));
        await host.PublishAsync(Registered(regular, clock));
        await host.PublishAsync(Registered(occasional, clock));

        // Each purchase rescores its member at once against the base as it is then.
        await host.EventuallyAsync(
            async db => await db.Members.CountAsync(m => m.IsRegistered) == 2
                && await db.Members.AnyAsync(m =>
                    m.Id == regular && m.Purchases == 2 && m.Spend == 1000m && m.Layer == LifecycleLayer.Active)
                && await db.Members.AnyAsync(m => m.Id == occasional && m.Purchases == 1 && m.ScoredOn != null),
            "both members' purchases consumed and scored");
        Assert.Equal(["lifecycle-active"], await LifecycleCodesAsync(host, regular));

        // 02:00 on 1 March: the nightly job runs (PeriodicTimer on
        // the fake clock) and rescores the base: mean spend 550,
        // so 1,000 with 2 purchases is Active and 100 with 1 purchase is New.
        clock.SetUtcNow(Local(2026, 3, 1, 2, 0));
        await host.EventuallyAsync(db => db.JobRuns.AnyAsync(r => r.RunDate == new DateOnly(2026, 3, 1)),
            "the nightly run of 1 March");
        Assert.Equal(["lifecycle-active"], await LifecycleCodesAsync(host, regular));
        Assert.Equal(["lifecycle-new"], await LifecycleCodesAsync(host, occasional));

        // 31 days on: no longer active (recency > 30), not yet dormant: a potential churn.
        clock.SetUtcNow(Local(2026, 4, 1, 2, 30));
        await host.EventuallyAsync(db => db.JobRuns.AnyAsync(r => r.RunDate == new DateOnly(2026, 4, 1)),
            "the nightly run of 1 April");
        Assert.Equal(["potential-churn"], await LifecycleCodesAsync(host, regular));

        // 61 days on (recency > 60): dormant. Two more replicas race
        // the hosted job for the night: one of the three runs it.
        clock.SetUtcNow(Local(2026, 5, 1, 2, 30));
        var racers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            host.WithScopeAsync((services, _) =>
                services.GetRequiredService<NightlyRecompute>().RunIfDueAsync(CancellationToken.None))));
        Assert.True(racers.Count(line => line.Contains("members scored", StringComparison.Ordinal)) <= 1,
            string.Join(" | ", racers));
        await host.EventuallyAsync(db => db.JobRuns.AnyAsync(r => r.RunDate == new DateOnly(2026, 5, 1)),
            "the nightly run of 1 May");

        // Then everything is recomputed three more times, and later ticks find the night done.
        for (var i = 0; i < 3; i++)
        {
            var outcome = await host.WithScopeAsync((services, _) =>
                services.GetRequiredService<FullRecompute>().RecomputeAsync(CancellationToken.None));
            Assert.Equal((2, 0, 0), (outcome.Scored, outcome.Entered, outcome.Left));
        }

        var replicas = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            host.WithScopeAsync((services, _) =>
                services.GetRequiredService<NightlyRecompute>().RunIfDueAsync(CancellationToken.None))));
        Assert.All(replicas, line => Assert.Contains("already done", line, StringComparison.Ordinal));
        Assert.Equal(3, await host.QueryAsync(db => db.JobRuns.CountAsync()));

        var member = await host.QueryAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == regular));
        Assert.Equal((LifecycleLayer.Dormant, 61, new DateOnly(2026, 5, 1)),
            (member.Layer!.Value, member.RecencyDays!.Value, member.ScoredOn!.Value));
        Assert.Equal(["lifecycle-dormant"], await LifecycleCodesAsync(host, regular));

        var events = await SegmentEventsAsync(host, regular);
        Assert.Equal(1, events.Count(e => e == ("SegmentEntered", "lifecycle-dormant")));
        Assert.Equal(1, events.Count(e => e == ("SegmentLeft", "lifecycle-active")));
        Assert.Equal(1, events.Count(e => e == ("SegmentEntered", "lifecycle-active")));
        Assert.Equal(1, events.Count(e => e == ("SegmentEntered", "potential-churn")));
        Assert.Equal(1, events.Count(e => e == ("SegmentLeft", "potential-churn")));

        // The occasional buyer left "New" when 7 days had passed, once.
        Assert.Equal(1, (await SegmentEventsAsync(host, occasional)).Count(e => e == ("SegmentLeft", "lifecycle-new")));

        // And every staged event reached the broker.
        await host.EventuallyAsync(db => db.Set<OutboxMessage>().AllAsync(m => m.PublishedAt != null),
            "the outbox drained to RabbitMQ");
    }

    [Fact]
    public async Task A_rule_segments_preview_equals_its_saved_size_and_profile_and_points_events_keep_it_current()
    {
        var clock = new FakeTimeProvider(Local(2026, 6, 10, 12, 0));
        await using var host = await SegmentationHost.StartAsync(clock);
        var members = Enumerable.Range(0, 12).Select(_ => Guid.CreateVersion7()).ToArray();
        for (var i = 0; i < members.Length; i++)
        {
            await host.PublishAsync(Registered(members[i], clock)
                with { Gender = i % 3 == 0 ? Gender.Male : Gender.Female, BirthDate = new DateOnly(1980 + i, 6, 10) });
            await host.PublishAsync(new PointsEarned(members[i], Guid.NewGuid(), 100 * i, "purchase-base", $"t:{i}",
                clock.GetUtcNow().AddYears(1), 100 * i) { OccurredAt = clock.GetUtcNow() });
        }

        await host.EventuallyAsync(
            async db => await db.Members.CountAsync(m => m.IsRegistered && m.PointsBalanceAt != null) == members.Length,
            "every member registered with a balance");

        // Women aged 30 to 40 (born 1985-06-11 … 1996-06-10 on 10 June 2026) with at least 300 points.
        var rule = new RuleCriteria { MinAge = 30, MaxAge = 40, Genders = [Gender.Female], MinPoints = 300 };
        var expected = Enumerable.Range(0, members.Length)
            .Count(i => i % 3 != 0 && 1980 + i is >= 1986 and <= 1996 && 100 * i >= 300);
        var preview = (await host.WithScopeAsync((services, _) =>
            services.GetRequiredService<RuleSegments>().PreviewAsync(rule, CancellationToken.None))).Members();
        var saved = await host.WithScopeAsync((services, _) => services.GetRequiredService<RuleSegments>()
            .CreateAsync("women-30-40", "Women 30–40 with points", rule, CancellationToken.None));
        Assert.Equal(expected, preview);
        Assert.Equal(preview, saved.Size());
        Assert.Equal(preview,
            await host.QueryAsync(db => db.Memberships.CountAsync(m => m.SegmentCode == "rule-women-30-40")));
        Assert.Equal(preview,
            (await SegmentEventsAsync(host, null)).Count(e => e == ("SegmentEntered", "rule-women-30-40")));

        // Member 7 (born 1987, female, 700 points) redeems down to 200 points: she leaves the segment, once.
        await host.PublishAsync(new PointsRedeemed(members[7], Guid.NewGuid(), 500, "redemption", "r:1", 200)
            { OccurredAt = clock.GetUtcNow().AddMinutes(1) });
        await host.EventuallyAsync(db => db.Memberships.AllAsync(m =>
            !(m.MemberId == members[7] && m.SegmentCode == "rule-women-30-40")), "member 7 left the rule segment");
        Assert.Equal(preview - 1,
            await host.QueryAsync(db => db.Memberships.CountAsync(m => m.SegmentCode == "rule-women-30-40")));
        Assert.Equal(1,
            (await SegmentEventsAsync(host, members[7])).Count(e => e == ("SegmentLeft", "rule-women-30-40")));
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, Shanghai).ToUniversalTime();

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

    private static MemberRegistered Registered(Guid memberId, TimeProvider clock) =>
        new(memberId, "13800000000", "会员", Gender.Female, new DateOnly(1990, 1, 1), "SH-01", "ABCDEFGH", null,
            Tier.Standard, clock.GetUtcNow())
        {
            OccurredAt = clock.GetUtcNow(),
        };

    /// <summary>The member's layer and potential-churn memberships (not VIP or the RFM group).</summary>
    private static Task<List<string>> LifecycleCodesAsync(SegmentationHost host, Guid memberId) => host.QueryAsync(db =>
        db.Memberships.Where(m => m.MemberId == memberId
                && (m.SegmentCode.StartsWith("lifecycle-") || m.SegmentCode == "potential-churn"))
            .OrderBy(m => m.SegmentCode).Select(m => m.SegmentCode).ToListAsync());

    /// <summary>The SegmentEntered/SegmentLeft events in the outbox, of one member or (null) of all.</summary>
    private static async Task<List<(string Type, string Code)>> SegmentEventsAsync(
        SegmentationHost host,
        Guid? memberId)
    {
        var rows = await host.QueryAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.EventType.Contains(".Segmentation."))
            .Select(m => new { m.EventType, m.Payload })
            .ToListAsync());
        return rows.Select(r =>
            (Type: r.EventType[(r.EventType.LastIndexOf('.') + 1)..], Json: JsonDocument.Parse(r.Payload).RootElement))
            .Where(r => memberId is null || r.Json.GetProperty("memberId").GetGuid() == memberId)
            .Select(r => (r.Type, r.Json.GetProperty("segmentCode").GetString()!))
            .ToList();
    }
}
