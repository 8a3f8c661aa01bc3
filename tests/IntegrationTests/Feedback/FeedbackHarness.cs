using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Feedback;

/// <summary>
/// The Feedback service's use cases on its real, migrated schema and a clock the test moves: the same classes its
/// consumers, endpoints and sender run. Each call runs in its own context, as each request or event would; a
/// consumer's work runs in a transaction of its own, as the inbox's.
/// </summary>
public sealed class FeedbackHarness : IAsyncDisposable
{
    public const string Store = "SH-JINGAN-01";

    private readonly TestDatabase _database = new("it_feedback");
    private readonly DbContextOptions<FeedbackDbContext> _options;

    public FeedbackHarness(DateTimeOffset start)
    {
        _options = new DbContextOptionsBuilder<FeedbackDbContext>().UseNpgsql(_database.ConnectionString).Options;
        Clock = new FakeTimeProvider(start);
    }

    public FakeTimeProvider Clock { get; }

    public FeedbackOptions Options { get; } = new() { MemberAppAddress = "http://member.test" };

    public FeedbackDbContext NewContext() => new(_options);

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        await new SeedFeedbackDefaults(db, Clock).HandleAsync(CancellationToken.None);
    }

    /// <summary>A member Feedback has heard of, at a home store, with Feedback consent on SMS unless not.</summary>
    public async Task<Guid> AddMemberAsync(string homeStore = Store, bool consented = true)
    {
        var memberId = Guid.CreateVersion7();
        await ConsumeAsync(db => new KeepMember(db).RegisteredAsync(new MemberRegistered(memberId, "13900000000",
            "王丽", Gender.Female, new DateOnly(1990, 5, 20), homeStore, "REF", null, Tier.Silver, Clock.GetUtcNow())
        {
            OccurredAt = Clock.GetUtcNow(),
        }, CancellationToken.None));
        if (consented)
        {
            await ConsumeAsync(db => new KeepConsent(db).HandleAsync(new MemberConsentChanged(memberId, Channel.Sms,
                ConsentPurpose.Feedback, true, "app", Clock.GetUtcNow()) { OccurredAt = Clock.GetUtcNow() },
                CancellationToken.None));
        }

        return memberId;
    }

    public static PurchaseRecorded Purchase(Guid memberId, DateTimeOffset paidAt, string category = "laser") =>
        new(Guid.CreateVersion7(), $"POS-{Guid.NewGuid():N}", memberId, Store, 2680m,
            [new PurchaseItem("SKU-1", category, 1, 2680m)], paidAt, AdvisorId: "advisor.zhang")
        {
            OccurredAt = paidAt,
        };

    public Task RecordPurchaseAsync(PurchaseRecorded purchase) =>
        ConsumeAsync(db => InviteAfterPurchase(db).RecordedAsync(purchase, CancellationToken.None));

    public InviteAfterPurchase InviteAfterPurchase(FeedbackDbContext db) => new(db, new InviteMember(db), Clock);

    public SendDueInvitations Sender(FeedbackDbContext db) => new(db,
        new IntegrationEventOutbox<FeedbackDbContext>(db, Clock), new InviteMember(db), Clock,
        Microsoft.Extensions.Options.Options.Create(Options));

    public AnswerSurvey Answering(FeedbackDbContext db) =>
        new(db, new IntegrationEventOutbox<FeedbackDbContext>(db, Clock), new OpenFollowUp(db), Clock);

    public SaveSurvey Surveys(FeedbackDbContext db) => new(db, AuditTrail.WithoutRequest(db, Clock), Clock);

    public ReadResults Results(FeedbackDbContext db) => new(db, Clock);

    public OpenRequestedFollowUp RequestedFollowUps(FeedbackDbContext db) => new(db, new OpenFollowUp(db), Clock);

    public InviteOnRequest InviteOnRequest(FeedbackDbContext db) =>
        new(db, new InviteMember(db), Clock, NullLogger<InviteOnRequest>.Instance);

    /// <summary>Runs a consumer's work in a transaction of its own and saves, as the inbox does.</summary>
    public async Task ConsumeAsync(Func<FeedbackDbContext, Task> work)
    {
        await using var db = NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await work(db);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>The events staged in the outbox, oldest first, as (type, JSON payload).</summary>
    public async Task<List<(string Type, string Payload)>> OutboxAsync()
    {
        await using var db = NewContext();
        return (await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => (m.EventType, m.Payload)).ToList();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
