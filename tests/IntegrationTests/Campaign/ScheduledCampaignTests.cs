using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.IntegrationTests.Support;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Campaign;

/// <summary>Repeating schedules on the real Campaign schema, with the clock moved by the test.</summary>
public class ScheduledCampaignTests
{
    [Fact]
    public async Task The_birthday_month_journey_runs_once_a_month_for_the_members_born_that_month()
    {
        await using var database = new TestDatabase("it_campaign_birthday");
        var options = new DbContextOptionsBuilder<CampaignDbContext>().UseNpgsql(database.ConnectionString).Options;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 15, 4, 0, 0, TimeSpan.Zero));
        var settings = Microsoft.Extensions.Options.Options.Create(
            new CampaignOptions { FrequencyWindow = TimeSpan.FromDays(1), PointValueCny = 0.1m, BatchSize = 2 });
        var bornIn = new Dictionary<Guid, int>();
        Guid campaignId;
        await using (var db = new CampaignDbContext(options))
        {
            await db.Database.MigrateAsync();
            foreach (var month in new[] { 11, 11, 11, 12, 12, 5 })
            {
                var id = Guid.NewGuid();
                bornIn[id] = month;
                db.Members.Add(KnownMember.Registered(id, "SH-01", month, clock.GetUtcNow().AddDays(-100)));
            }

            await db.SaveChangesAsync();
            var audit = AuditTrail.WithoutRequest(db, clock);
            var gift = (CreateCouponTemplateOutcome.Created)await new CreateCouponTemplate(db, audit, clock).HandleAsync(
                Journeys.CouponFor(Journeys.BirthdayMonth)!, CancellationToken.None);
            var created = (CreateCampaignOutcome.Created)await new CreateCampaign(db, audit, clock).HandleAsync(
                Journeys.CampaignFor(Journeys.BirthdayMonth, gift.Template.Id, null, null)!, CancellationToken.None);
            campaignId = created.Campaign.Id;
            await new ChangeCampaignStatus(db, audit)
                .HandleAsync(campaignId, CampaignStatus.Active, CancellationToken.None);
        }

        async Task<(int Runs, int Treated)> TickAsync()
        {
            await using var db = new CampaignDbContext(options);
            var run = new RunCampaign(db, new CampaignExecutor(db, clock, settings), clock, settings);
            return await new RunDueCampaigns(db, run, clock).RunDueAsync(CancellationToken.None);
        }

        // Started mid-November: November's birthdays are served at once, and only once.
        Assert.Equal((1, 3), await TickAsync());
        Assert.Equal((0, 0), await TickAsync());
        clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal((0, 0), await TickAsync());
        await using (var db = new CampaignDbContext(options))
        {
            var again = await new RunCampaign(db, new CampaignExecutor(db, clock, settings), clock, settings)
                .RunAsync(campaignId, "birthday:2026-11", CancellationToken.None);
            Assert.Equal((0, 3), (again.Treated, again.AlreadyDone));
        }

        // 1 December, 09:00 in Shanghai: not yet; 10:00: December's birthdays.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal((0, 0), await TickAsync());
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal((1, 2), await TickAsync());
        Assert.Equal((0, 0), await TickAsync());

        await using var check = new CampaignDbContext(options);
        var coupons = await check.Coupons.AsNoTracking().GroupBy(c => c.MemberId).Select(
            g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(bornIn.Where(b => b.Value is 11 or 12).Select(b => b.Key).Order(), coupons.Keys.Order());
        Assert.All(coupons.Values, count => Assert.Equal(1, count));
        Assert.Equal(
            ["birthday:2026-11", "birthday:2026-11", "birthday:2026-11", "birthday:2026-12", "birthday:2026-12"],
            await check.Deliveries.Where(
                d => d.Outcome == DeliveryOutcome.Treated).OrderBy(d => d.RunKey).Select(d => d.RunKey).ToListAsync());
        var events = await check.Set<OutboxMessage>().Select(m => new { m.EventType, m.Payload }).ToListAsync();
        Assert.Equal(5, events.Count(e => e.EventType.EndsWith(".PointsGrantRequested")));
        Assert.Equal(5, events.Count(e => e.EventType.EndsWith(".NotificationRequested")
            && e.Payload.Contains("birthday-gift", StringComparison.Ordinal)));
    }
}
