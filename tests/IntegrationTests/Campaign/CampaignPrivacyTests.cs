using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.Contracts.Privacy;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Campaign;

/// <summary>
/// Campaign's part of issue 20 on the real schema: the export part (coupons, deliveries, growth tasks), and an erasure
/// that clears her birth month and voids her unused coupons while the redeemed one and the campaign's KPIs stay; once,
/// and no campaign, staff issue or points purchase reaches her afterwards.
/// </summary>
public class CampaignPrivacyTests
{
    private const string Store = "SH-JINGAN-01";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 11, 2, 0, 0, TimeSpan.Zero));

    private readonly IOptions<CampaignOptions> _settings =
        Options.Create(new CampaignOptions { FrequencyWindow = TimeSpan.Zero, PointValueCny = 0.1m });

    private sealed record Chain(
        DbContextOptions<CampaignDbContext> Options, Guid Member, Guid Other, MarketingCampaign Campaign,
        CouponTemplate Template);

    /// <summary>
    /// Two members a Double 11 campaign gave a coupon each; she redeemed hers and holds a second, unused, from staff.
    /// </summary>
    private async Task<Chain> ChainAsync(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<CampaignDbContext>().UseNpgsql(database.ConnectionString).Options;
        var (member, other) = (Guid.NewGuid(), Guid.NewGuid());
        var now = _clock.GetUtcNow();
        var template = CouponTemplate.Create(Guid.NewGuid(), new CouponTemplateDefinition(
            "200 减 80", CouponKind.AmountOff, 80m, Threshold: 200m, ValidDays: 30), now);
        var campaign = MarketingCampaign.Create(Guid.NewGuid(), new CampaignDefinition(
            "Double 11", CampaignTrigger.Schedule, AllMembers: true, CouponTemplateId: template.Id), now);
        campaign.Activate();
        await using (var db = new CampaignDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.Members.Add(KnownMember.Registered(member, Store, 5, now.AddDays(-100)));
            db.Members.Add(KnownMember.Registered(other, Store, 5, now.AddDays(-100)));
            db.CouponTemplates.Add(template);
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, (await RunAsync(options, campaign, "double-11")).Treated);
        await using (var db = new CampaignDbContext(options))
        {
            var code = await db.Coupons.Where(c => c.MemberId == member).Select(c => c.Code).SingleAsync();
            Assert.IsType<RedeemCouponOutcome.Redeemed>(await RedeemAsync(options, code));
            Assert.IsType<IssueCouponOutcome.Issued>(await IssueAsync(options, template, member));
            db.Purchases.Add(MemberPurchase.Recorded(Guid.NewGuid(), member, null, 500m, now.AddHours(1)));
            await db.SaveChangesAsync();
        }

        return new Chain(options, member, other, campaign, template);
    }

    private async Task<ExecutionResult> RunAsync(
        DbContextOptions<CampaignDbContext> options, MarketingCampaign campaign, string runKey)
    {
        await using var db = new CampaignDbContext(options);
        return await new RunCampaign(db, new CampaignExecutor(db, _clock, _settings), _clock, _settings)
            .RunAsync(campaign.Id, runKey, CancellationToken.None);
    }

    private async Task<RedeemCouponOutcome> RedeemAsync(DbContextOptions<CampaignDbContext> options, string code)
    {
        await using var db = new CampaignDbContext(options);
        return await new RedeemCoupon(db, new IntegrationEventOutbox<CampaignDbContext>(db, _clock), _clock)
            .HandleAsync(code, $"POS-{Guid.NewGuid():N}"[..20], Store, null,
                new Basket(Store, 500m, [new BasketLine("laser", 500m)]), CancellationToken.None);
    }

    private async Task<IssueCouponOutcome> IssueAsync(
        DbContextOptions<CampaignDbContext> options, CouponTemplate template, Guid memberId)
    {
        await using var db = new CampaignDbContext(options);
        var issuer = new CouponIssuer(db, new IntegrationEventOutbox<CampaignDbContext>(db, _clock));
        return await new IssueCoupon(db, issuer, _clock).HandleAsync(
            template.Id, memberId, Guid.NewGuid(), CancellationToken.None);
    }

    /// <summary>As a consumer runs its use case: in one transaction that commits what it staged.</summary>
    private static async Task ConsumeAsync(
        DbContextOptions<CampaignDbContext> options, Func<CampaignDbContext, IIntegrationEventOutbox, Task> work)
    {
        await using var db = new CampaignDbContext(options);
        await db.RunAsync(
            async _ =>
            {
                await work(db, new IntegrationEventOutbox<CampaignDbContext>(db, TimeProvider.System));
                return true;
            },
            CancellationToken.None);
    }

    private Task EraseAsync(DbContextOptions<CampaignDbContext> options, MemberErasureRequested request) =>
        ConsumeAsync(options, (db, outbox) =>
            new EraseMember(db, outbox, _clock).HandleAsync(request, CancellationToken.None));

    private MemberErasureRequested Erasure(Guid memberId) =>
        new(Guid.NewGuid(), memberId, ErasureGround.MemberRequest, _clock.GetUtcNow())
        {
            OccurredAt = _clock.GetUtcNow(),
        };

    private async Task<CampaignKpis> KpisAsync(Chain chain)
    {
        await using var db = new CampaignDbContext(chain.Options);
        return await new KpiReport(db, _settings, _clock).ComputeAsync(
            chain.Campaign.Id, _clock.GetUtcNow().AddDays(-1), _clock.GetUtcNow().AddDays(1), null,
            CancellationToken.None);
    }

    private static async Task<List<JsonElement>> StagedAsync(DbContextOptions<CampaignDbContext> options, string type)
    {
        await using var db = new CampaignDbContext(options);
        return (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.EventType.EndsWith("." + type))
                .OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync())
            .Select(p => JsonDocument.Parse(p).RootElement.Clone()).ToList();
    }

    private static async Task<List<Coupon>> CouponsOfAsync(DbContextOptions<CampaignDbContext> options, Guid memberId)
    {
        await using var db = new CampaignDbContext(options);
        return await db.Coupons.AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.IssuedAt)
            .ThenBy(c => c.Source).ToListAsync();
    }

    [Fact]
    public async Task An_export_request_gets_one_part_with_her_coupons_deliveries_and_copy()
    {
        await using var database = new TestDatabase("it_campaign_export");
        var chain = await ChainAsync(database);
        var (request, stranger) = (Guid.NewGuid(), Guid.NewGuid());

        foreach (var memberId in new[] { chain.Member, stranger })
        {
            await ConsumeAsync(chain.Options, (db, outbox) => new ExportMemberData(db, outbox, _clock).HandleAsync(
                new MemberDataExportRequested(memberId == chain.Member ? request : Guid.NewGuid(), memberId,
                    _clock.GetUtcNow()) { OccurredAt = _clock.GetUtcNow() },
                CancellationToken.None));
        }

        var staged = await StagedAsync(chain.Options, nameof(MemberDataExportPartProduced));
        Assert.Equal(2, staged.Count);
        Assert.Equal((request, "campaign"),
            (staged[0].GetProperty("requestId").GetGuid(), staged[0].GetProperty("service").GetString()));
        var part = JsonDocument.Parse(staged[0].GetProperty("part").GetString()!).RootElement;
        Assert.True(part.GetProperty("known").GetBoolean());
        Assert.Equal(5, part.GetProperty("member").GetProperty("birthMonth").GetInt32());
        var codes = (await CouponsOfAsync(chain.Options, chain.Member)).Select(c => c.Code).ToHashSet();
        var coupons = part.GetProperty("coupons").EnumerateArray().ToList();
        Assert.Equal(codes, coupons.Select(c => c.GetProperty("code").GetString()!).ToHashSet());
        Assert.Equal(
            ["Active", "Redeemed"], coupons.Select(c => c.GetProperty("status").GetString()).Order().ToList());
        var delivery = Assert.Single(part.GetProperty("deliveries").EnumerateArray());
        Assert.Equal(("Double 11", "Treated"),
            (delivery.GetProperty("campaign").GetString(), delivery.GetProperty("outcome").GetString()));
        Assert.Equal("营销活动：优惠券 2 张（已使用 1 张），参与活动 1 个，成长任务 0 个",
            part.GetProperty("summary").GetString());

        var unknown = JsonDocument.Parse(staged[1].GetProperty("part").GetString()!).RootElement;
        Assert.Equal((stranger, false),
            (unknown.GetProperty("memberId").GetGuid(), unknown.GetProperty("known").GetBoolean()));
    }

    [Fact]
    public async Task Erasure_voids_her_unused_coupon_keeps_the_redeemed_one_and_the_campaign_kpis()
    {
        await using var database = new TestDatabase("it_campaign_erase");
        var chain = await ChainAsync(database);
        await using (var db = new CampaignDbContext(chain.Options))
        {
            await db.Set<OutboxMessage>()
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.PublishedAt, _clock.GetUtcNow()));
        }

        var before = await KpisAsync(chain);
        var unused = (await CouponsOfAsync(chain.Options, chain.Member)).Single(c => c.Status == CouponStatus.Active);
        var request = Erasure(chain.Member);

        await EraseAsync(chain.Options, request);

        Assert.Equal(before, await KpisAsync(chain));
        Assert.Equal((1, 2, 2), (before.CouponsRedeemed, before.Reach, before.CouponsIssued));
        var coupons = await CouponsOfAsync(chain.Options, chain.Member);
        Assert.Equal(
            [CouponStatus.Redeemed, CouponStatus.Voided], coupons.Select(c => c.Status).Order().ToList());
        Assert.Equal(_clock.GetUtcNow(), coupons.Single(c => c.Status == CouponStatus.Voided).VoidedAt);
        var refused = Assert.IsType<RedeemCouponOutcome.Refused>(await RedeemAsync(chain.Options, unused.Code));
        Assert.Equal(CouponRefusal.Voided, refused.Check.Reason);
        await using (var check = new CampaignDbContext(chain.Options))
        {
            Assert.Equal(0, (await check.Members.SingleAsync(m => m.MemberId == chain.Member)).BirthMonth);
            Assert.Equal(Store, (await check.Members.SingleAsync(m => m.MemberId == chain.Member)).HomeStoreId);
            Assert.Equal(CouponStatus.Active, (await CouponsOfAsync(chain.Options, chain.Other)).Single().Status);
            Assert.Equal(request.RequestId, (await check.Set<ErasedMember>().SingleAsync()).RequestId);
            var published = await check.Set<OutboxMessage>().AsNoTracking().Where(m => m.PublishedAt != null)
                .Select(m => m.Payload).ToListAsync();
            Assert.DoesNotContain(published, p => p.Contains(chain.Member.ToString()));
            Assert.Contains(published, p => p.Contains(chain.Other.ToString()));
        }

        var answered = Assert.Single(await StagedAsync(chain.Options, nameof(MemberErased)));
        Assert.Equal((request.RequestId, chain.Member, "campaign"), (answered.GetProperty("requestId").GetGuid(),
            answered.GetProperty("memberId").GetGuid(), answered.GetProperty("service").GetString()));
    }

    [Fact]
    public async Task After_erasure_nothing_reaches_her_and_a_second_request_changes_nothing_but_answers()
    {
        await using var database = new TestDatabase("it_campaign_erase_again");
        var chain = await ChainAsync(database);
        var first = Erasure(chain.Member);
        await EraseAsync(chain.Options, first);
        var erasedAt = _clock.GetUtcNow();
        var coupons = await CouponsOfAsync(chain.Options, chain.Member);
        _clock.Advance(TimeSpan.FromHours(1));
        var second = Erasure(chain.Member);

        await EraseAsync(chain.Options, second);
        var nextRun = await RunAsync(chain.Options, chain.Campaign, "double-11-again");
        var staffIssue = await IssueAsync(chain.Options, chain.Template, chain.Member);
        await ConsumeAsync(chain.Options, (db, outbox) =>
            new IssuePurchasedCoupon(db, new CouponIssuer(db, outbox), _clock).HandleAsync(
                new PointsRedeemed(chain.Member, Guid.NewGuid(), 500, "redemption", "redemption:x", 0, Guid.NewGuid(),
                    chain.Template.Id)
                {
                    OccurredAt = _clock.GetUtcNow(),
                },
                CancellationToken.None));
        await ConsumeAsync(chain.Options, (db, outbox) => FollowMember(db, outbox).ProfileUpdatedAsync(
            new MemberProfileUpdated(chain.Member, "13800138000", "王丽", Gender.Female, new DateOnly(1990, 7, 1),
                null, [], Store) { OccurredAt = _clock.GetUtcNow() },
            CancellationToken.None));

        Assert.Equal(1, nextRun.Treated); // the other member only
        Assert.IsType<IssueCouponOutcome.MemberErased>(staffIssue);
        Assert.Equal(
            coupons.Select(c => (c.Id, c.Status, c.VoidedAt)),
            (await CouponsOfAsync(chain.Options, chain.Member)).Select(c => (c.Id, c.Status, c.VoidedAt)));
        await using var check = new CampaignDbContext(chain.Options);
        Assert.Equal(1, await check.Deliveries.CountAsync(d => d.MemberId == chain.Member));
        Assert.Equal(0, (await check.Members.SingleAsync(m => m.MemberId == chain.Member)).BirthMonth);
        Assert.Equal(first.RequestId, (await check.Set<ErasedMember>().SingleAsync()).RequestId);
        var answers = await StagedAsync(chain.Options, nameof(MemberErased));
        Assert.Equal([first.RequestId, second.RequestId], answers.Select(a => a.GetProperty("requestId").GetGuid()));
        Assert.All(answers, a => Assert.Equal(erasedAt, a.GetProperty("erasedAt").GetDateTimeOffset()));
    }

    private FollowMember FollowMember(CampaignDbContext db, IIntegrationEventOutbox outbox)
    {
        var executor = new CampaignExecutor(db, _clock, _settings);
        return new FollowMember(
            db, new AdvanceGrowthTasks(db, new CouponIssuer(db, outbox), outbox, _clock),
            new FireCampaignTriggers(db, executor, _clock));
    }
}
