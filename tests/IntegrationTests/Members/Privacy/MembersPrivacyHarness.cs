using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Privacy;
using Loyalty.IntegrationTests.Support;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Members.Privacy;

/// <summary>
/// Members' privacy use cases on a real, migrated Members database, each call in a context of its own (as each
/// request and consumer has), with a clock the test moves.
/// </summary>
internal sealed class MembersPrivacyHarness : IAsyncDisposable
{
    public const string Store = "SH-JINGAN-01";

    private readonly TestDatabase _database = new("it_member_privacy");

    private MembersPrivacyHarness(PrivacyOptions privacy)
    {
        Options = new DbContextOptionsBuilder<MembersDbContext>().UseNpgsql(_database.ConnectionString).Options;
        Privacy = Microsoft.Extensions.Options.Options.Create(privacy);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));

    public DbContextOptions<MembersDbContext> Options { get; }

    public IOptions<PrivacyOptions> Privacy { get; }

    public static async Task<MembersPrivacyHarness> StartAsync(PrivacyOptions? privacy = null)
    {
        var harness = new MembersPrivacyHarness(privacy ?? new PrivacyOptions());
        await using var db = harness.Db();
        await db.Database.MigrateAsync();
        return harness;
    }

    public MembersDbContext Db() => new(Options);

    public async Task<RegisterMember.Outcome> RegisterAsync(string phone, string name, string? referralCode = null)
    {
        await using var db = Db();
        return await new RegisterMember(db, Outbox(db), Clock, NullLogger<RegisterMember>.Instance).HandleAsync(
            new MemberRegistration(phone, name, Gender.Female, new DateOnly(1990, 5, 1), Store, referralCode,
                "Dry", ["laser"]),
            CancellationToken.None);
    }

    public async Task<Member> RegisteredAsync(string phone, string name) =>
        Assert.IsType<RegisterMember.Outcome.Registered>(await RegisterAsync(phone, name)).Member;

    public async Task<RequestMemberData.Outcome> RequestAsync(
        Guid memberId, DataRequestKind kind, string requestedBy = DataRequest.ByTheMember)
    {
        await using var db = Db();
        var export = new ExportMemberData(db, Clock);
        return await new RequestMemberData(db, export, Outbox(db), Audit(db), Clock, Privacy)
            .HandleAsync(memberId, kind, requestedBy, null, CancellationToken.None);
    }

    public async Task<DataRequest> RequestedAsync(
        Guid memberId, DataRequestKind kind, string requestedBy = DataRequest.ByTheMember) =>
        Assert.IsType<RequestMemberData.Outcome.Requested>(await RequestAsync(memberId, kind, requestedBy)).Request;

    public async Task<DecisionOutcome> ConfirmAsync(Guid requestId, string? reason = "本人申请，已核实身份")
    {
        await using var db = Db();
        return await new ConfirmErasure(db, new EraseMember(db, Outbox(db)), Audit(db), Clock)
            .HandleAsync(requestId, "admin-1", reason, CancellationToken.None);
    }

    public async Task<DecisionOutcome> DeclineAsync(Guid requestId, string? reason)
    {
        await using var db = Db();
        return await new DeclineErasure(db, Audit(db), Clock)
            .HandleAsync(requestId, "admin-1", reason, CancellationToken.None);
    }

    /// <summary>Another service's part, in a transaction as the consumer's inbox would hold it.</summary>
    public Task<RecordExportPart.Outcome> PartAsync(DataRequest request, string service, string? part = null) =>
        InTransactionAsync(db => new RecordExportPart(db, Privacy).HandleAsync(
            new MemberDataExportPartProduced(request.Id, request.MemberId, service,
                part ?? $$"""{"memberId": "{{request.MemberId}}", "summary": "{{service}}：一行", "known": true}""",
                Clock.GetUtcNow()) { OccurredAt = Clock.GetUtcNow() },
            CancellationToken.None));

    public Task<RecordErasure.Outcome> ErasedAsync(DataRequest request, string service) =>
        InTransactionAsync(db => new RecordErasure(db).HandleAsync(
            new MemberErased(request.Id, request.MemberId, service, Clock.GetUtcNow())
            {
                OccurredAt = Clock.GetUtcNow(),
            },
            CancellationToken.None));

    public async Task<DownloadArchive.Outcome> DownloadAsync(Guid requestId, Guid? memberId)
    {
        await using var db = Db();
        return await new DownloadArchive(db, Audit(db), Clock).HandleAsync(requestId, memberId, CancellationToken.None);
    }

    public async Task<string> ApplyRetentionAsync()
    {
        await using var db = Db();
        return await new ApplyRetentionPolicy(db, new EraseMember(db, Outbox(db)), Clock, Privacy)
            .RunIfDueAsync(CancellationToken.None);
    }

    public async Task<DataRequest> LoadAsync(Guid requestId)
    {
        await using var db = Db();
        return await db.DataRequests.AsNoTracking().Include(r => r.Services).SingleAsync(r => r.Id == requestId);
    }

    public async Task<Member> MemberAsync(Guid memberId)
    {
        await using var db = Db();
        return await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId);
    }

    /// <summary>The staged events of one type, as JSON payloads.</summary>
    public async Task<List<string>> StagedAsync<TEvent>()
    {
        await using var db = Db();
        return await db.Set<OutboxMessage>().Where(m => m.EventType.Contains(typeof(TEvent).Name))
            .OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static IIntegrationEventOutbox Outbox(MembersDbContext db) =>
        new IntegrationEventOutbox<MembersDbContext>(db, TimeProvider.System);

    private IAuditTrail Audit(MembersDbContext db) => AuditTrail.WithoutRequest(db, Clock);

    private async Task<T> InTransactionAsync<T>(Func<MembersDbContext, Task<T>> work)
    {
        await using var db = Db();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcome = await work(db);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return outcome;
    }
}
