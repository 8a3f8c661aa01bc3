using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;
using Loyalty.IntegrationTests.Support;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Campaign;

/// <summary>
/// Growth tasks on the real Campaign schema: started by a campaign, counted once per order or referee, rewarded once,
/// expired after their window.
/// </summary>
public class GrowthTaskTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 11, 2, 0, 0, TimeSpan.Zero));

    private static async Task<DbContextOptions<CampaignDbContext>> MigratedAsync(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<CampaignDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using var db = new CampaignDbContext(options);
        await db.Database.MigrateAsync();
        return options;
    }

    private static Microsoft.Extensions.Options.IOptions<CampaignOptions> Settings =>
        Microsoft.Extensions.Options.Options.Create(
            new CampaignOptions { FrequencyWindow = TimeSpan.FromDays(1), PointValueCny = 0.1m });

    /// <summary>What the consumers do, in one transaction per event (the inbox row aside).</summary>
    private async Task InTransactionAsync(
        DbContextOptions<CampaignDbContext> options,
        Func<CampaignDbContext, AdvanceGrowthTasks, FireCampaignTriggers, Task> work)
    {
        await using var db = new CampaignDbContext(options);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var triggers = new FireCampaignTriggers(db, new CampaignExecutor(db, _clock, Settings), _clock);
        var outbox = new IntegrationEventOutbox<CampaignDbContext>(db, _clock);
        await work(db, new AdvanceGrowthTasks(db, new CouponIssuer(db, outbox), outbox, _clock), triggers);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private Task PurchaseAsync(DbContextOptions<CampaignDbContext> options, PurchaseRecorded purchase) =>
        InTransactionAsync(
            options, (db, tasks, triggers) => new PurchaseIntake(db, tasks, triggers).RecordAsync(purchase,
            CancellationToken.None));

    private PurchaseRecorded Purchase(Guid memberId) =>
        new(Guid.NewGuid(), "POS-" + Guid.NewGuid().ToString("N")[..8], memberId, "SH-01", 880m, [], _clock.GetUtcNow())
            { OccurredAt = _clock.GetUtcNow() };

    private MarketingCampaign InviteFriendsCampaign(decimal? budget)
    {
        var definition = new CampaignDefinition("邀请 2 位好友注册得 500 积分", CampaignTrigger.TierUpgraded, Budget: budget)
        {
            GrowthTask = GrowthTaskKind.InviteFriends, GrowthTaskDays = 30, GrowthTaskTarget = 2, RewardPoints = 500,
        };
        var campaign = MarketingCampaign.Create(Guid.NewGuid(), definition, _clock.GetUtcNow());
        campaign.Activate();
        return campaign;
    }

    private static async Task<int> CountEventsAsync(CampaignDbContext db, string type, string? containing = null) =>
        (await db.Set<OutboxMessage>().Where(m => m.EventType.EndsWith("." + type)).Select(m => m.Payload)
            .ToListAsync()).Count(p => containing == null || p.Contains(containing, StringComparison.Ordinal));

    [Fact]
    public async Task The_new_member_journey_starts_the_task_on_the_first_purchase_and_a_second_within_3_days_earns_the_coupon_once()
    {
        await using var database = new TestDatabase("it_campaign_growth");
        var options = await MigratedAsync(database);
        Guid campaignId;
        await using (var db = new CampaignDbContext(options))
        {
            var audit = AuditTrail.WithoutRequest(db, _clock);
            var coupon = (CreateCouponTemplateOutcome.Created)await new CreateCouponTemplate(db, audit, _clock).HandleAsync(
                Journeys.CouponFor(Journeys.NewMemberGrowthTasks)!, CancellationToken.None);
            var created = (CreateCampaignOutcome.Created)await new CreateCampaign(db, audit, _clock).HandleAsync(
                Journeys.CampaignFor(
                    Journeys.NewMemberGrowthTasks, coupon.Template.Id, null, null)!, CancellationToken.None);
            campaignId = created.Campaign.Id;
            await new ChangeCampaignStatus(db, audit)
                .HandleAsync(campaignId, CampaignStatus.Active, CancellationToken.None);
        }

        var (quick, slow) = (Guid.NewGuid(), Guid.NewGuid());
        await PurchaseAsync(options, Purchase(quick));
        await PurchaseAsync(options, Purchase(slow));
        await using (var db = new CampaignDbContext(options))
        {
            var started = await db.GrowthTasks.AsNoTracking().ToListAsync();
            Assert.Equal(2, started.Count);
            Assert.All(started, t => Assert.Equal(
                (GrowthTaskKind.SecondPurchase, 0, 1, _clock.GetUtcNow().AddDays(3), GrowthTaskStatus.InProgress),
                (t.Kind, t.Progress, t.Target, t.ExpiresAt, t.StatusAt(_clock.GetUtcNow()))));
        }

        // Within 3 days: the second purchase completes the task; redelivered, and followed by a third, it gives nothing
        // more.
        _clock.Advance(TimeSpan.FromDays(2));
        var second = Purchase(quick);
        await PurchaseAsync(options, second);
        await PurchaseAsync(options, second);
        _clock.Advance(TimeSpan.FromHours(1));
        await PurchaseAsync(options, Purchase(quick));

        // After 3 days: too late.
        _clock.Advance(TimeSpan.FromDays(1));
        await PurchaseAsync(options, Purchase(slow));

        await using var check = new CampaignDbContext(options);
        var tasks = await check.GrowthTasks.AsNoTracking().ToDictionaryAsync(t => t.MemberId);
        var now = _clock.GetUtcNow();
        Assert.Equal((GrowthTaskStatus.Completed, 1), (tasks[quick].StatusAt(now), tasks[quick].Progress));
        Assert.Equal((GrowthTaskStatus.Expired, 0), (tasks[slow].StatusAt(now), tasks[slow].Progress));
        var coupons = await check.Coupons.AsNoTracking().ToListAsync();
        var reward = Assert.Single(coupons);
        Assert.Equal(
            (quick, 50m, campaignId, tasks[quick].RewardCouponId),
            (reward.MemberId, reward.FaceValue, reward.CampaignId, (Guid?)reward.Id));
        Assert.Equal(1, await CountEventsAsync(check, "CouponIssued"));
        Assert.Equal(1, await CountEventsAsync(check, "NotificationRequested", "growth-task-completed"));
        Assert.Equal(5, await check.Purchases.CountAsync());
    }

    [Fact]
    public async Task An_invite_friends_task_started_by_a_tier_upgrade_counts_each_referee_once_and_rewards_points_once()
    {
        await using var database = new TestDatabase("it_campaign_invite");
        var options = await MigratedAsync(database);
        var campaign = InviteFriendsCampaign(budget: null);
        await using (var db = new CampaignDbContext(options))
        {
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
        }

        var member = Guid.NewGuid();
        var (early, first, second, late) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var startedAt = _clock.GetUtcNow();
        await InTransactionAsync(
            options, (_, _, triggers) => triggers.FireAsync(CampaignTrigger.TierUpgraded, null, member,
            "tier-upgrade:Gold", new Dictionary<string, string>(), CancellationToken.None, startedAt));
        await InTransactionAsync(
            options, (_, _, triggers) => triggers.FireAsync(CampaignTrigger.TierUpgraded, null, member,
            "tier-upgrade:Gold", new Dictionary<string, string>(), CancellationToken.None, startedAt));

        async Task<int> ReferralAsync(Guid referee, DateTimeOffset at)
        {
            var completed = 0;
            await InTransactionAsync(
                options, async (_, tasks, _) => completed = await tasks.ReferralAsync(member, referee, at,
                CancellationToken.None));
            return completed;
        }

        Assert.Equal(0, await ReferralAsync(early, startedAt.AddDays(-1))); // registered before the task started
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await ReferralAsync(first, _clock.GetUtcNow()));
        Assert.Equal(0, await ReferralAsync(first, _clock.GetUtcNow())); // the same referee heard again
        await using (var db = new CampaignDbContext(options))
        {
            var halfway = await db.GrowthTasks.AsNoTracking().SingleAsync();
            Assert.Equal((1, GrowthTaskStatus.InProgress), (halfway.Progress, halfway.StatusAt(_clock.GetUtcNow())));
        }

        Assert.Equal(1, await ReferralAsync(second, _clock.GetUtcNow()));
        Assert.Equal(0, await ReferralAsync(late, _clock.GetUtcNow()));

        await using var check = new CampaignDbContext(options);
        var task = await check.GrowthTasks.AsNoTracking().SingleAsync();
        Assert.Equal(
            (2, GrowthTaskStatus.Completed, member), (task.Progress, task.StatusAt(_clock.GetUtcNow()), task.MemberId));
        Assert.Equal(1, await CountEventsAsync(check, "PointsGrantRequested", "growth-task:"));
        Assert.Equal(1, await CountEventsAsync(check, "NotificationRequested", "500 points"));
        Assert.Empty(await check.Coupons.ToListAsync());
    }
    [Fact]
    public async Task Growth_task_rewards_are_paid_from_the_budget_when_the_task_starts_so_it_never_promises_more_than_it_has()
    {
        await using var database = new TestDatabase("it_campaign_task_budget");
        var options = await MigratedAsync(database);
        // 500 points at 0.1 CNY each: 50 CNY per task, and 100 CNY for members Segmentation has not placed yet.
        var campaign = InviteFriendsCampaign(budget: 100m);
        await using (var db = new CampaignDbContext(options))
        {
            db.Campaigns.Add(campaign);
            db.BudgetShares.AddRange(
                BudgetSplit.Shares(campaign.Id, 100m, new Dictionary<string, int> { [BudgetSplit.New] = 100 }));
            await db.SaveChangesAsync();
        }

        foreach (var member in Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()))
        {
            await InTransactionAsync(
                options, (_, _, triggers) => triggers.FireAsync(CampaignTrigger.TierUpgraded, null, member,
                "tier-upgrade:Gold", new Dictionary<string, string>(), CancellationToken.None, _clock.GetUtcNow()));
        }

        await using var check = new CampaignDbContext(options);
        Assert.Equal(2, await check.GrowthTasks.CountAsync());
        Assert.Equal(100m, (await check.BudgetShares.SingleAsync()).Spent);
        Assert.Equal(1, await check.Deliveries.CountAsync(d => d.Outcome == DeliveryOutcome.BudgetExhausted));
    }
}
