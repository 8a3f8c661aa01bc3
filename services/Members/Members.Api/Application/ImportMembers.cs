using System.Text;
using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Import;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Configurations;
using Loyalty.Members.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Bulk import of members from CSV. Every row is read and checked first; the valid ones are written in chunks, each
/// chunk one transaction holding the members and their MemberRegistered events (binary COPY: 100,000 rows take
/// seconds, not minutes). A row whose phone is already a member is counted, not created, so a file can be run again.
/// </summary>
public sealed partial class ImportMembers(
    MembersDbContext db, IAuditTrail audit, TimeProvider timeProvider, ILogger<ImportMembers> logger)
{
    public const int ChunkSize = 5_000;

    /// <summary>How often a chunk is written when concurrent writers keep taking its phones or codes first.</summary>
    private const int ChunkAttempts = 3;

    public abstract record Outcome
    {
        public sealed record Imported(MemberImportReport Report) : Outcome;

        /// <summary>Problems that stop the whole file (bad header, too many rows); nothing was imported.</summary>
        public sealed record FileRefused(string[] Problems) : Outcome;
    }

    public async Task<Outcome> HandleAsync(Stream csv, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var (file, problems) = MemberImportFile.Read(reader, now);
        if (file is null)
        {
            return new Outcome.FileRefused(problems);
        }

        var created = 0;
        foreach (var chunk in file.Valid.Chunk(ChunkSize))
        {
            created += await WriteChunkAsync(chunk, now, attempt: 1, cancellationToken);
        }

        var report = file.Report(created);
        // The chunks committed on their own; the summary (how many, by whom) is one entry after them.
        await db.RunAsync(_ =>
        {
            audit.Record(nameof(MemberImportReport), Guid.CreateVersion7(now).ToString(), AuditActions.Imported, null,
                new { report.Rows, report.Created, report.AlreadyMembers, report.Failed });
            return Task.FromResult(report);
        }, cancellationToken);
        LogImported(logger, report.Rows, report.Created, report.AlreadyMembers, report.Failed);
        return new Outcome.Imported(report);
    }

    /// <summary>
    /// Creates the chunk's new members; returns how many. When a concurrent writer takes one of its phones or codes
    /// first, the chunk is written again (those phones are then already members), up to <see cref="ChunkAttempts"/>.
    /// </summary>
    private Task<int> WriteChunkAsync(
        ImportedMember[] chunk, DateTimeOffset now, int attempt, CancellationToken cancellationToken)
    {
        Task<int> Again(CancellationToken ct) => WriteChunkAsync(chunk, now, attempt + 1, ct);
        Repeat<int>[] retries = attempt < ChunkAttempts
            ? [new(MemberConfiguration.PhoneIndex, Again), new(MemberConfiguration.ReferralCodeIndex, Again)]
            : [];
        return db.RunAsync(async ct =>
        {
            var phones = chunk.Select(m => m.Phone.Value).ToList();
            var existing = (await db.Members.Where(m => phones.Contains(m.Phone)).Select(m => m.Phone)
                .ToListAsync(ct)).ToHashSet();
            var fresh = chunk.Where(m => !existing.Contains(m.Phone.Value)).ToList();
            var codes = await NewReferralCodesAsync(fresh.Count, ct);
            var members = fresh
                .Select((m, i) => Member.Import(m.Phone, m.Profile, m.Tier, m.RegisteredAt ?? now, codes[i], now))
                .ToList();

            await MemberBulkWriter.WriteAsync(db, members, ct);
            await OutboxBulkWriter.WriteAsync(db, members.Select(m => m.ToRegisteredEvent()), now, ct);
            return members.Count;
        }, retries, cancellationToken);
    }

    /// <summary>Referral codes no member has and no two new members share.</summary>
    private async Task<string[]> NewReferralCodesAsync(int count, CancellationToken cancellationToken)
    {
        var codes = new HashSet<string>();
        while (codes.Count < count)
        {
            var candidates = Enumerable.Range(0, count - codes.Count).Select(_ => ReferralCode.New())
                .Where(c => !codes.Contains(c)).Distinct().ToList();
            var taken = (await db.Members.Where(m => candidates.Contains(m.ReferralCode)).Select(m => m.ReferralCode)
                .ToListAsync(cancellationToken)).ToHashSet();
            codes.UnionWith(candidates.Where(c => !taken.Contains(c)));
        }

        return [.. codes];
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Member import: {Rows} rows, {Created} created, {Existing} already members, {Failed} failed")]
    private static partial void LogImported(ILogger logger, int rows, int created, int existing, int failed);
}
