using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts;
using Loyalty.Contracts.Feedback;
using Loyalty.IntegrationTests.Support;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Earning;
using Loyalty.Points.Api.Domain.Purchases;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Loyalty.IntegrationTests.Points;

/// <summary>
/// Feedback's side of Points on the real schema: the survey bonus once per invitation (whatever the event id, so not
/// only the inbox), and the advisor a purchase names.
/// </summary>
public class SurveyBonusTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    private sealed class Session(DbContextOptions<PointsDbContext> options, TimeProvider clock) : IAsyncDisposable
    {
        public PointsDbContext Db { get; } = new(options);

        public PointsPosting Posting => new(Db, Outbox, clock);

        public RewardSurveyAnswer Reward =>
            new(Db, new PointsTransactions(Db), Posting, NullLogger<RewardSurveyAnswer>.Instance);

        public RecordPurchase RecordPurchase => new(Db, new PointsTransactions(Db), Posting, Outbox, clock);

        /// <summary>As the consumer runs it: in one transaction that commits what it staged.</summary>
        public Task AnsweredAsync(SurveyAnswered answer) =>
            Db.RunAsync(async ct => { await Reward.HandleAsync(answer, ct); return true; }, CancellationToken.None);

        private IIntegrationEventOutbox Outbox => new IntegrationEventOutbox<PointsDbContext>(Db, clock);

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    private async Task<DbContextOptions<PointsDbContext>> WithAccountAsync(TestDatabase database, Guid memberId)
    {
        var options = new DbContextOptionsBuilder<PointsDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using var setup = new PointsDbContext(options);
        await setup.Database.MigrateAsync();
        setup.Accounts.Add(PointsAccount.Open(memberId, Tier.Standard, null, _clock.GetUtcNow()));
        await setup.SaveChangesAsync();
        return options;
    }

    private SurveyAnswered Answer(Guid memberId, Guid invitationId) => new(
        Guid.NewGuid(), invitationId, memberId, "after-treatment", 1, "SH-JINGAN-01", "injectables", "demo.jingan",
        null, 4, NpsGroup.Detractor, 2, 3, null, _clock.GetUtcNow())
    {
        OccurredAt = _clock.GetUtcNow(),
    };

    [Fact]
    public async Task An_invitation_earns_the_survey_bonus_once_even_when_its_answer_comes_again_as_a_new_event()
    {
        await using var database = new TestDatabase("it_survey_bonus");
        var (member, invitation, next) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var options = await WithAccountAsync(database, member);

        foreach (var answer in new[] { Answer(member, invitation), Answer(member, invitation), Answer(member, next) })
        {
            await using var session = new Session(options, _clock);
            await session.AnsweredAsync(answer); // each a new event id: the inbox would let every one through
        }

        await using var check = new PointsDbContext(options);
        var entries = await check.Ledger.AsNoTracking().Where(e => e.MemberId == member)
            .OrderBy(e => e.Sequence).Select(e => new { e.Points, e.Reason, e.SourceRef }).ToListAsync();
        var bonus = new EarningPolicy().SurveyBonus;
        Assert.Equal(
            [
                new { Points = bonus, Reason = EarningRuleCodes.SurveyBonus, SourceRef = $"survey:{invitation}" },
                new { Points = bonus, Reason = EarningRuleCodes.SurveyBonus, SourceRef = $"survey:{next}" },
            ],
            entries);
        Assert.Equal(2 * bonus, (await check.Accounts.SingleAsync(a => a.MemberId == member)).Balance);
        Assert.Equal(2, await check.Set<OutboxMessage>()
            .CountAsync(m => m.EventType.EndsWith(".PointsEarned")));
    }

    [Fact]
    public async Task The_ledger_refuses_a_second_survey_bonus_for_the_same_reference_even_past_the_check()
    {
        await using var database = new TestDatabase("it_survey_once");
        var (member, invitation) = (Guid.NewGuid(), Guid.NewGuid());
        var options = await WithAccountAsync(database, member);
        await using (var session = new Session(options, _clock))
        {
            await session.AnsweredAsync(Answer(member, invitation));
        }

        await using var racing = new PointsDbContext(options);
        var earned = new EarnedPoints(EarningRuleCodes.SurveyBonus, 30);
        racing.Ledger.Add(LedgerEntry.Earned(
            member, earned, $"survey:{invitation}", 60, _clock.GetUtcNow(), _clock.GetUtcNow().AddYears(1)));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => racing.SaveChangesAsync());
        Assert.Equal(
            "IX_ledger_entries_survey_bonus_once",
            Assert.IsType<PostgresException>(refused.InnerException).ConstraintName);
    }

    [Fact]
    public async Task An_answer_before_the_account_is_opened_is_refused_for_redelivery_and_grants_nothing()
    {
        await using var database = new TestDatabase("it_survey_early");
        var options = await WithAccountAsync(database, Guid.NewGuid());
        var stranger = Guid.NewGuid();

        await using (var session = new Session(options, _clock))
        {
            await Assert.ThrowsAsync<AccountNotOpenedYetException>(
                () => session.AnsweredAsync(Answer(stranger, Guid.NewGuid())));
        }

        await using var check = new PointsDbContext(options);
        Assert.False(await check.Ledger.AnyAsync(e => e.MemberId == stranger));
    }

    [Fact]
    public async Task A_purchase_keeps_its_advisor_trimmed_and_publishes_it_on_PurchaseRecorded()
    {
        await using var database = new TestDatabase("it_advisor");
        var member = Guid.NewGuid();
        var options = await WithAccountAsync(database, member);
        var recording = PurchaseRecording.Example with
        {
            MemberId = member, PaidAt = _clock.GetUtcNow().AddHours(-1), AdvisorId = "  demo.jingan ",
        };

        await using (var session = new Session(options, _clock))
        {
            var recorded = Assert.IsType<RecordPurchaseOutcome.Recorded>(
                await session.RecordPurchase.HandleAsync(recording, CancellationToken.None));
            Assert.Equal("demo.jingan", recorded.Purchase.Purchase.AdvisorId);
        }

        await using var check = new PointsDbContext(options);
        Assert.Equal("demo.jingan", (await check.Purchases.SingleAsync()).AdvisorId);
        var payload = await check.Set<OutboxMessage>()
            .Where(m => m.EventType.EndsWith(".PurchaseRecorded")).Select(m => m.Payload).SingleAsync();
        Assert.Equal("demo.jingan", JsonDocument.Parse(payload).RootElement.GetProperty("advisorId").GetString());
    }
}
