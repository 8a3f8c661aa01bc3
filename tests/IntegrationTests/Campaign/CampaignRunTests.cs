using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Campaign;

/// <summary>
/// Campaign runs on the real Campaign schema: budgets never overspend under concurrency, and a repeated or resumed run
/// issues nothing twice.
/// </summary>
public class CampaignRunTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 11, 1, 0, 0, TimeSpan.Zero));

    private static async Task<DbContextOptions<CampaignDbContext>> MigratedAsync(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<CampaignDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using var db = new CampaignDbContext(options);
        await db.Database.MigrateAsync();
        return options;
    }

    private static async Task<List<Guid>> SeedMembersAsync(
        DbContextOptions<CampaignDbContext> options, int count, Func<int, string?> lifecycle, DateTimeOffset at)
    {
        await using var db = new CampaignDbContext(options);
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < count; i++)
        {
            db.Members.Add(KnownMember.Registered(ids[i], "SH-01", 5, at.AddDays(-400)));
            if (lifecycle(i) is { } code)
            {
                db.Segments.Add(SegmentMembership.Stated(ids[i], code, true, at.AddDays(-1)));
            }
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private static async Task<(MarketingCampaign Campaign, CouponTemplate Template)> CampaignAsync(
        DbContextOptions<CampaignDbContext> options, DateTimeOffset now, int holdout, decimal? budget,
        Dictionary<string, int>? split, long bonusPoints = 0, string? message = null)
    {
        await using var db = new CampaignDbContext(options);
        var template = CouponTemplate.Create(
            Guid.NewGuid(), new CouponTemplateDefinition(
                "200 减 80", CouponKind.AmountOff, 80m, Threshold: 200m, ValidDays: 3), now);
        var campaign = MarketingCampaign.Create(
            Guid.NewGuid(),
            new CampaignDefinition(
                "Double 11", CampaignTrigger.Schedule, AllMembers: true, CouponTemplateId: template.Id,
                BonusPoints: bonusPoints, MessageTemplate: message, HoldoutPercent: holdout, Budget: budget),
            now);
        campaign.Activate();
        db.CouponTemplates.Add(template);
        db.Campaigns.Add(campaign);
        if (budget is { } total)
        {
            db.BudgetShares.AddRange(BudgetSplit.Shares(campaign.Id, total, split ?? BudgetSplit.Default));
        }

        await db.SaveChangesAsync();
        return (campaign, template);
    }

    private IOptions<CampaignOptions> Options(TimeSpan window, int batchSize = 5_000) =>
        Microsoft.Extensions.Options.Options.Create(
            new CampaignOptions { FrequencyWindow = window, BatchSize = batchSize, PointValueCny = 0.1m });

    [Fact]
    public async Task Concurrent_runs_and_triggers_never_spend_past_the_budget_share()
    {
        await using var database = new TestDatabase("it_campaign_budget");
        var options = await MigratedAsync(database);
        var members = await SeedMembersAsync(options, 600, _ => BudgetSplit.Dormant, _clock.GetUtcNow());
        // 8,000 CNY, all for dormant members: exactly 100 coupons of 80 CNY, whoever asks first.
        var (campaign, template) = await CampaignAsync(
            options, _clock.GetUtcNow(), holdout: 0, budget: 8_000m, split: new() { [BudgetSplit.Dormant] = 100 });
        var settings = Options(TimeSpan.Zero, batchSize: 97);

        async Task<ExecutionResult> RunAsync(string runKey)
        {
            await using var db = new CampaignDbContext(options);
            return await new RunCampaign(db, new CampaignExecutor(db, _clock, settings), _clock, settings)
                .RunAsync(campaign.Id, runKey, CancellationToken.None);
        }

        async Task<ExecutionResult> TriggerAsync(Guid memberId)
        {
            await using var db = new CampaignDbContext(options);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await new CampaignExecutor(db, _clock, settings).ExecuteAsync(
                campaign, template, "trigger", [new Recipient(memberId, BudgetSplit.Dormant)],
                new Dictionary<string, string>(), CancellationToken.None);
            await transaction.CommitAsync();
            return result;
        }

        var results = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(i => RunAsync($"run-{i}")).Concat(members.Take(40).Select(TriggerAsync)));

        Assert.Equal(100, results.Sum(r => r.Treated));
        await using var check = new CampaignDbContext(options);
        Assert.Equal(8_000m, (await check.BudgetShares.SingleAsync()).Spent);
        Assert.Equal(100, await check.Coupons.CountAsync());
        Assert.Equal(
            100, await check.Deliveries.CountAsync(d => d.Outcome == DeliveryOutcome.Treated && d.Cost == 80m));
        Assert.Equal(100, await check.Set<OutboxMessage>().CountAsync(m => m.EventType.EndsWith(".CouponIssued")));
        Assert.Equal(4 * 600 + 40 - 100, results.Sum(r => r.BudgetExhausted));
    }

    [Fact]
    public async Task A_run_resumed_after_a_crash_and_repeated_issues_nothing_twice_and_holds_out_the_control_group()
    {
        await using var database = new TestDatabase("it_campaign_repeat");
        var options = await MigratedAsync(database);
        string?[] layers = [BudgetSplit.New, BudgetSplit.Active, BudgetSplit.Dormant, null];
        var members = await SeedMembersAsync(options, 1_000, i => layers[i % 4], _clock.GetUtcNow());
        var (campaign, template) = await CampaignAsync(
            options, _clock.GetUtcNow(), holdout: 10, budget: null, split: null, bonusPoints: 50,
            message: "coupon-issued");
        var settings = Options(TimeSpan.FromDays(1), batchSize: 128);

        // The crash: a first run got through the first 300 members (in member-id order) before the process died.
        await using (var db = new CampaignDbContext(options))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var first = members.Select((m, i) => new Recipient(m, BudgetSplit.ShareKeyFor(layers[i % 4])))
                .OrderBy(r => r.MemberId).Take(300).ToList();
            await new CampaignExecutor(db, _clock, settings).ExecuteAsync(
                campaign, template, RunCampaign.OneOffRunKey, first, new Dictionary<string, string>(),
                CancellationToken.None);
            await transaction.CommitAsync();
        }

        async Task<ExecutionResult> RunAsync()
        {
            await using var db = new CampaignDbContext(options);
            return await new RunCampaign(db, new CampaignExecutor(db, _clock, settings), _clock, settings)
                .RunAsync(campaign.Id, RunCampaign.OneOffRunKey, CancellationToken.None);
        }

        var resumed = await RunAsync();
        _clock.Advance(TimeSpan.FromHours(2));
        var repeated = await RunAsync();

        var heldOut = members.Count(m => Holdout.IsHeldOut(campaign.Id, m, 10));
        Assert.Equal(300, resumed.AlreadyDone);
        Assert.Equal((0, 0, 1_000), (repeated.Treated, repeated.Holdout, repeated.AlreadyDone));
        await using var check = new CampaignDbContext(options);
        Assert.Equal(1_000 - heldOut, await check.Coupons.CountAsync());
        Assert.Equal(1_000 - heldOut, await check.Coupons.Select(c => c.MemberId).Distinct().CountAsync());
        Assert.Equal(heldOut, await check.Deliveries.CountAsync(d => d.Outcome == DeliveryOutcome.Holdout));
        var control = members.Where(m => Holdout.IsHeldOut(campaign.Id, m, 10)).ToList();
        Assert.False(await check.Coupons.AnyAsync(c => control.Contains(c.MemberId)));
        var events = await check.Set<OutboxMessage>().GroupBy(m => m.EventType).Select(
            g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.All(events, e => Assert.Equal(1_000 - heldOut, e.Count));
        Assert.Equal(
            3, events.Count); // CouponIssued, PointsGrantRequested, NotificationRequested: one each per treated member
        // The members without a lifecycle segment drew from the "new" share (recorded on their delivery).
        Assert.Equal(500, await check.Deliveries.CountAsync(d => d.ShareKey == BudgetSplit.New));
    }

    [Fact]
    public async Task A_segment_delivery_the_frequency_window_refused_is_retried_once_the_window_passed_while_she_is_still_in_the_segment()
    {
        await using var database = new TestDatabase("it_campaign_capped_retry");
        var options = await MigratedAsync(database);
        var t0 = _clock.GetUtcNow();
        var members = await SeedMembersAsync(options, 4, _ => "rule-laser-women", t0);
        var settings = Options(TimeSpan.FromDays(1));
        var (busy, template) = await CampaignAsync(options, t0, holdout: 0, budget: null, split: null);
        MarketingCampaign segmentCampaign;
        await using (var db = new CampaignDbContext(options))
        {
            segmentCampaign = MarketingCampaign.Create(
                Guid.NewGuid(),
                new CampaignDefinition(
                    "激光 女 25-40", CampaignTrigger.Schedule, TargetSegments: ["rule-laser-women"],
                    CouponTemplateId: template.Id, MessageTemplate: "coupon-issued"),
                t0);
            segmentCampaign.Activate();
            db.Campaigns.Add(segmentCampaign);
            await db.SaveChangesAsync();
        }

        async Task<ExecutionResult> RunAsync(Guid campaignId)
        {
            await using var db = new CampaignDbContext(options);
            return await new RunCampaign(db, new CampaignExecutor(db, _clock, settings), _clock, settings)
                .RunAsync(campaignId, RunCampaign.OneOffRunKey, CancellationToken.None);
        }

        async Task<int> RetryAsync()
        {
            await using var db = new CampaignDbContext(options);
            var retry = new RetryCappedDeliveries(db, new CampaignExecutor(db, _clock, settings), _clock, settings);
            return (await retry.RetryDueAsync(CancellationToken.None)).Treated;
        }

        async Task<Dictionary<Guid, DeliveryOutcome>> OutcomesAsync()
        {
            await using var db = new CampaignDbContext(options);
            return await db.Deliveries.Where(
                d => d.CampaignId == segmentCampaign.Id).ToDictionaryAsync(d => d.MemberId, d => d.Outcome);
        }

        // A busy day: another campaign reached everyone this morning, so the segment campaign is refused for all four.
        Assert.Equal(4, (await RunAsync(busy.Id)).Treated);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(4, (await RunAsync(segmentCampaign.Id)).FrequencyCapped);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await RetryAsync()); // the window has not passed: she waits

        // Before the window passes, one member leaves the segment and another is reached by a third action.
        await using (var db = new CampaignDbContext(options))
        {
            await db.Segments.Where(s => s.MemberId == members[3]).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.IsMember, false));
            await using var transaction = await db.Database.BeginTransactionAsync();
            _clock.Advance(TimeSpan.FromHours(22));
            await new CampaignExecutor(db, _clock, settings).ExecuteAsync(
                busy, template, "trigger", [new Recipient(members[2], BudgetSplit.New)],
                new Dictionary<string, string>(), CancellationToken.None);
            await transaction.CommitAsync();
        }

        _clock.Advance(TimeSpan.FromHours(1)); // a day after the busy morning
        Assert.Equal(2, await RetryAsync());
        Assert.Equal(0, await RetryAsync()); // never twice
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RetryAsync()); // the member reached by the third action, a day later

        var outcomes = await OutcomesAsync();
        Assert.Equal(
            [DeliveryOutcome.Treated, DeliveryOutcome.Treated, DeliveryOutcome.Treated,
                DeliveryOutcome.FrequencyCapped],
            members.Select(m => outcomes[m]));
        await using var check = new CampaignDbContext(options);
        var coupons = await check.Coupons.Where(
            c => c.CampaignId == segmentCampaign.Id).Select(c => c.MemberId).ToListAsync();
        Assert.Equal(members.Take(3).Order(), coupons.Order());
        var messages = await check.Set<OutboxMessage>().Where(
            m => m.EventType.EndsWith(".NotificationRequested")).Select(m => m.Payload).ToListAsync();
        Assert.Equal(3, messages.Count(p => p.Contains(segmentCampaign.Id.ToString("N"), StringComparison.Ordinal)));
        var treatedAt = await check.Deliveries.Where(
            d => d.CampaignId == segmentCampaign.Id && d.MemberId == members[0]).Select(d => d.At).SingleAsync();
        Assert.Equal(
            t0.AddDays(1).AddHours(1), treatedAt); // dated when she was treated: the KPIs' response window starts then

        // A week after the refusal the offer is stale: a member who rejoins the segment then is not retried.
        await check.Segments.Where(s => s.MemberId == members[3]).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.IsMember, true));
        _clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, await RetryAsync());
    }
}
