using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Contracts.Feedback;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.Contracts.Privacy;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Segmentation;

/// <summary>
/// Segmentation's answers to a member's data rights, through its real consumers on the real servers: her part of the
/// export, and an erasure that takes her out of every segment for good.
/// </summary>
public class SegmentationPrivacyTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Her_export_part_holds_her_scores_segments_and_latest_nps_and_a_stranger_gets_an_empty_part()
    {
        await using var host = await SegmentationHost.StartAsync(new FakeTimeProvider(Now));
        await LaserRuleAsync(host);
        var (member, stranger) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await host.PublishAsync(Registered(member));
        await host.PublishAsync(Purchase(member, 1280m));
        await host.PublishAsync(Nps(member, 9));
        await host.EventuallyAsync(
            db => db.Members.AnyAsync(m => m.Id == member && m.IsRegistered && m.Purchases == 1 && m.LatestNps == 9),
            "her registration, purchase and answer consumed");

        var (request, strangers) = (Guid.NewGuid(), Guid.NewGuid());
        await host.PublishAsync(new MemberDataExportRequested(request, member, Now) { OccurredAt = Now });
        await host.PublishAsync(new MemberDataExportRequested(strangers, stranger, Now) { OccurredAt = Now });

        var part = await PartAsync(host, request);
        Assert.True(part.GetProperty("known").GetBoolean());
        Assert.StartsWith("分群：有效消费 1 次", part.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(1280m, part.GetProperty("rfm").GetProperty("spend").GetDecimal());
        var scored = await host.QueryAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member));
        Assert.Equal(scored.Layer?.ToString(), part.GetProperty("rfm").GetProperty("layer").GetString());
        Assert.Equal(scored.R, part.GetProperty("rfm").GetProperty("r").GetInt32());
        var codes = part.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("code").GetString())
            .ToList();
        Assert.Contains("rule-laser-fans", codes);
        Assert.Equal(
            (await host.QueryAsync(db => db.Memberships.Where(m => m.MemberId == member).Select(m => m.SegmentCode)
                .ToListAsync())).Order(),
            codes.Order());
        Assert.Equal(["laser"], part.GetProperty("profile").GetProperty("tags").EnumerateArray()
            .Select(t => t.GetString()));
        Assert.Equal(9, part.GetProperty("latestNps").GetProperty("score").GetInt32());

        var empty = await PartAsync(host, strangers);
        Assert.False(empty.GetProperty("known").GetBoolean());
        Assert.Equal(stranger, empty.GetProperty("memberId").GetGuid());
    }

    [Fact]
    public async Task Erasure_takes_her_out_of_every_segment_with_SegmentLeft_and_no_later_event_brings_her_back()
    {
        await using var host = await SegmentationHost.StartAsync(new FakeTimeProvider(Now));
        await LaserRuleAsync(host);
        var member = Guid.CreateVersion7();
        await host.PublishAsync(Registered(member));
        await host.PublishAsync(Purchase(member, 1280m));
        await host.PublishAsync(Nps(member, 3));
        await host.EventuallyAsync(
            async db => await db.Memberships.CountAsync(m => m.MemberId == member) >= 2
                && await db.Members.AnyAsync(m => m.Id == member && m.LatestNps == 3)
                && await db.Set<OutboxMessage>().AllAsync(m => m.PublishedAt != null),
            "she is in her segments and the entries are published");
        var before = await host.QueryAsync(db =>
            db.Memberships.Where(m => m.MemberId == member).Select(m => m.SegmentCode).ToListAsync());

        var request = Guid.NewGuid();
        await host.PublishAsync(Erasure(request, member));
        await host.EventuallyAsync(
            db => db.Set<ErasedMember>().AnyAsync(e => e.MemberId == member && e.RequestId == request),
            "the erasure consumed");

        Assert.False(await host.QueryAsync(db => db.Memberships.AnyAsync(m => m.MemberId == member)));
        var copy = await host.QueryAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member));
        Assert.Equal((null, null, 0, null), (copy.Gender, copy.BirthDate, copy.Tags.Count, copy.LatestNps));
        Assert.Equal((1, 1280m), (copy.Purchases, copy.Spend)); // the books stay, under an id that names nobody
        var events = await EventsAboutAsync(host, member);
        Assert.Equal(before.Order(), events.Where(e => e.Type == "SegmentLeft").Select(e => e.Code).Order());
        Assert.DoesNotContain(events, e => e.Type == "SegmentEntered"); // published before: deleted with her data
        Assert.Single(events, e => e.Type == "MemberErased");

        // A redelivered registration and profile, a purchase and an answer: kept for the books, but she stays
        // nobody, and in no segment.
        await host.PublishAsync(Registered(member));
        await host.PublishAsync(new MemberProfileUpdated(member, "13800000000", "会员", Gender.Female,
            new DateOnly(1990, 1, 1), "Oily", ["laser"], "SH-01") { OccurredAt = Now.AddMinutes(1) });
        await host.PublishAsync(Purchase(member, 500m));
        await host.PublishAsync(Nps(member, 10));
        await host.EventuallyAsync(db => db.Members.AnyAsync(m => m.Id == member && m.Purchases == 2),
            "the later purchase consumed");
        await host.EventuallyAsync(
            async db => await db.Set<InboxMessage>().CountAsync() >= 8, "the later events consumed");
        copy = await host.QueryAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == member));
        Assert.Equal((null, null, 0, null), (copy.Gender, copy.BirthDate, copy.Tags.Count, copy.LatestNps));
        Assert.False(await host.QueryAsync(db => db.Memberships.AnyAsync(m => m.MemberId == member)));

        // The nightly recompute scores her with the rest but puts her in no segment either.
        await host.WithScopeAsync((services, _) =>
            services.GetRequiredService<FullRecompute>().RecomputeAsync(CancellationToken.None));
        Assert.False(await host.QueryAsync(db => db.Memberships.AnyAsync(m => m.MemberId == member)));

        // A second request for her changes nothing but is answered.
        await host.PublishAsync(Erasure(Guid.NewGuid(), member));
        await host.EventuallyAsync(
            async db => (await EventsAboutAsync(host, member)).Count(e => e.Type == "MemberErased") == 2,
            "the second erasure answered");
        Assert.Equal(request, await host.QueryAsync(db =>
            db.Set<ErasedMember>().Where(e => e.MemberId == member).Select(e => e.RequestId).SingleAsync()));
    }

    private static Task LaserRuleAsync(SegmentationHost host) => host.WithScopeAsync((services, _) =>
        services.GetRequiredService<RuleSegments>()
            .CreateAsync("laser-fans", "Laser fans", new RuleCriteria { Tags = ["laser"] }, CancellationToken.None));

    private static async Task<JsonElement> PartAsync(SegmentationHost host, Guid requestId)
    {
        JsonElement? part = null;
        await host.EventuallyAsync(async db =>
        {
            var payloads = await db.Set<OutboxMessage>()
                .Where(m => m.EventType.EndsWith(".MemberDataExportPartProduced")).Select(m => m.Payload).ToListAsync();
            var produced = payloads.Select(p => JsonDocument.Parse(p).RootElement)
                .FirstOrDefault(p => p.GetProperty("requestId").GetGuid() == requestId);
            if (produced.ValueKind == JsonValueKind.Object)
            {
                Assert.Equal("segmentation", produced.GetProperty("service").GetString());
                part = JsonDocument.Parse(produced.GetProperty("part").GetString()!).RootElement;
            }

            return part is not null;
        }, "the export part staged");
        return part!.Value;
    }

    /// <summary>Her events in the outbox: type and segment code (null for other events).</summary>
    private static async Task<List<(string Type, string? Code)>> EventsAboutAsync(SegmentationHost host, Guid memberId)
    {
        var rows = await host.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Select(m => new { m.EventType, m.Payload }).ToListAsync());
        return rows.Select(r => (Type: r.EventType[(r.EventType.LastIndexOf('.') + 1)..],
                Json: JsonDocument.Parse(r.Payload).RootElement))
            .Where(r => r.Json.TryGetProperty("memberId", out var id) && id.GetGuid() == memberId)
            .Select(r => (r.Type, r.Json.TryGetProperty("segmentCode", out var code) ? code.GetString() : null))
            .ToList();
    }

    private static MemberRegistered Registered(Guid memberId) =>
        new(memberId, "13800000000", "会员", Gender.Female, new DateOnly(1990, 1, 1), "SH-01", "ABCDEFGH", null,
            Tier.Standard, Now, "Oily", ["laser"]) { OccurredAt = Now };

    private static PurchaseRecorded Purchase(Guid memberId, decimal amount) =>
        new(Guid.NewGuid(), $"POS-{Guid.NewGuid():N}", memberId, "SH-01", amount,
            [new PurchaseItem("LASER-1", "laser", 1, amount)], Now.AddHours(-1)) { OccurredAt = Now };

    private static SurveyAnswered Nps(Guid memberId, int score) =>
        new(Guid.NewGuid(), Guid.NewGuid(), memberId, "after-treatment", 1, "SH-01", "laser", null, null, score,
            score >= 9 ? NpsGroup.Promoter : score >= 7 ? NpsGroup.Passive : NpsGroup.Detractor, 4, 4, 4,
            Now.AddMinutes(-30)) { OccurredAt = Now };

    private static MemberErasureRequested Erasure(Guid requestId, Guid memberId) =>
        new(requestId, memberId, ErasureGround.MemberRequest, Now) { OccurredAt = Now };
}
