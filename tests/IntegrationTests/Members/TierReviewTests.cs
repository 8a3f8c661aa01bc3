using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.IntegrationTests.Support;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Copies;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Members;

/// <summary>The anniversary review on the real Members schema, with the clock moved by the test.</summary>
public class TierReviewTests
{
    [Fact]
    public async Task At_each_anniversary_a_member_drops_one_level_once_and_spend_keeps_the_tier()
    {
        await using var database = new TestDatabase("it_tier_review");
        var options = new DbContextOptionsBuilder<MembersDbContext>().UseNpgsql(database.ConnectionString).Options;

        // Registered 10 March 2025, 23:30 in Shanghai (15:30 UTC): reviews fall on 10 March on the clinic calendar.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 15, 30, 0, TimeSpan.Zero));
        var (diamond, loyalGold) = (Guid.Empty, Guid.Empty);
        await using (var db = new MembersDbContext(options))
        {
            await db.Database.MigrateAsync();
            diamond = Register(db, "13800000001", Tier.Diamond, clock);
            loyalGold = Register(db, "13800000002", Tier.Gold, clock);
            await db.SaveChangesAsync();
        }

        async Task<(int Reviewed, int Changed)> ReviewAsync()
        {
            var outcome = await ReviewDueAsync(options, clock);
            return (outcome.Reviewed, outcome.Changed);
        }

        // 23:00 on 9 March 2026 in Shanghai: the day before the anniversary, nothing due.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal((0, 0), await ReviewAsync());

        // The loyal Gold member spent 25,000 in the last 12 months; the Diamond member nothing.
        await using (var db = new MembersDbContext(options))
        {
            db.Purchases.Add(MemberPurchase.Record(Guid.NewGuid(), loyalGold, 25_000m, clock.GetUtcNow().AddDays(-30)));
            await db.SaveChangesAsync();
        }

        // 00:30 on 10 March 2026 in Shanghai: both are due; Diamond drops to Gold (one level, not to Standard), Gold
        // stays.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 16, 30, 0, TimeSpan.Zero));
        Assert.Equal((2, 1), await ReviewAsync());
        Assert.Equal((0, 0), await ReviewAsync());

        // A year on, the Diamond-turned-Gold member drops again, to Silver; the Gold member's spend has aged out of the
        // window.
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 10, 4, 0, 0, TimeSpan.Zero));
        Assert.Equal((2, 2), await ReviewAsync());

        await using (var db = new MembersDbContext(options))
        {
            var members = await db.Members.ToDictionaryAsync(m => m.Id);
            Assert.Equal(
                (Tier.Silver, new DateOnly(2028, 3, 10)), (members[diamond].Tier, members[diamond].NextTierReviewOn));
            Assert.Equal(Tier.Silver, members[loyalGold].Tier);
            var history = await db.TierHistory.Where(c => c.MemberId == diamond).OrderBy(c => c.Id)
                .Select(c => new { c.FromTier, c.ToTier, c.Reason }).ToListAsync();
            Assert.Equal(
                [
                    new { FromTier = Tier.Standard, ToTier = Tier.Diamond, Reason = "spend-threshold" },
                    new { FromTier = Tier.Diamond, ToTier = Tier.Gold, Reason = Member.AnniversaryReviewReason },
                    new { FromTier = Tier.Gold, ToTier = Tier.Silver, Reason = Member.AnniversaryReviewReason },
                ],
                history);
            // the reviews' events only
            Assert.Equal(3, await db.Set<OutboxMessage>().CountAsync(m => m.EventType.Contains("MemberTierChanged")));
        }
    }

    [Fact]
    public async Task A_member_whose_purchases_the_review_cannot_read_is_skipped_and_counted_and_the_others_are_reviewed()
    {
        await using var database = new TestDatabase("it_tier_review");
        var options = new DbContextOptionsBuilder<MembersDbContext>().UseNpgsql(database.ConnectionString).Options;
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 15, 30, 0, TimeSpan.Zero));
        var (odd, regular) = (Guid.Empty, Guid.Empty);
        await using (var db = new MembersDbContext(options))
        {
            await db.Database.MigrateAsync();
            odd = Register(db, "13800000001", Tier.Diamond, clock);
            regular = Register(db, "13800000002", Tier.Diamond, clock);
            db.Purchases.Add(MemberPurchase.Record(Guid.NewGuid(), odd, 100m, clock.GetUtcNow()));
            await db.SaveChangesAsync();

            // numeric takes NaN, System.Decimal does not: the odd member's rolling spend cannot be read.
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE member_purchases SET "Amount" = 'NaN' WHERE "MemberId" = {odd}""");
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 4, 0, 0, TimeSpan.Zero));
        Assert.Equal(new ReviewTiers.Outcome(1, 1, 1), await ReviewDueAsync(options, clock));

        await using (var db = new MembersDbContext(options))
        {
            var members = await db.Members.ToDictionaryAsync(m => m.Id);
            Assert.Equal(
                (Tier.Gold, new DateOnly(2027, 3, 10)), (members[regular].Tier, members[regular].NextTierReviewOn));
            // rolled back, due again
            Assert.Equal((Tier.Diamond, new DateOnly(2026, 3, 10)), (members[odd].Tier, members[odd].NextTierReviewOn));
            Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync(m => m.EventType.Contains("MemberTierChanged")));
        }
    }

    private static async Task<ReviewTiers.Outcome> ReviewDueAsync(
        DbContextOptions<MembersDbContext> options, TimeProvider clock)
    {
        await using var db = new MembersDbContext(options);
        var review = new ReviewTiers(
            db,
            new IntegrationEventOutbox<MembersDbContext>(db, clock),
            clock,
            Options.Create(new TierReviewOptions()),
            NullLogger<ReviewTiers>.Instance);
        return await review.HandleAsync(CancellationToken.None);
    }

    private static Guid Register(MembersDbContext db, string phone, Tier tier, TimeProvider clock)
    {
        var registration = MemberRegistrationRules.Validate(
            new MemberRegistration(phone, "会员", Gender.Female, new DateOnly(1990, 1, 1), "SH-01", null),
            new DateOnly(2025, 3, 10)).Registration!;
        var member = Member.Register(registration, null, phone[^8..], clock.GetUtcNow());
        var upgrade = member.ChangeTier(tier, "spend-threshold", 60_000m, clock.GetUtcNow())!.Value;
        db.Members.Add(member);
        db.TierHistory.Add(upgrade.Change);
        return member.Id;
    }
}
