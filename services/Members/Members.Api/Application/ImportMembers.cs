using System.Text;
using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Import;
using Loyalty.Members.Api.Infrastructure;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Bulk import of members from CSV. Every row is read and checked first; the valid ones are written in chunks, each
/// chunk one transaction holding the members and their MemberRegistered events (binary COPY: 100,000 rows take
/// seconds, not minutes). A row whose phone is already a member is counted, not created, so a file can be run again.
/// </summary>
public sealed class ImportMembers(
    MembersDbContext db, IAuditTrail audit, TimeProvider timeProvider, ILogger<ImportMembers> logger)
{
    private readonly MemberImportWriter _writer = new(db, audit, logger);

    public const int ChunkSize = 5_000;

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
            _writer.RecordImported(Guid.CreateVersion7(now), report);
            return Task.FromResult(report);
        }, cancellationToken);
        return new Outcome.Imported(report);
    }

    /// <summary>Creates the chunk's new members in one transaction; returns how many.</summary>
    private Task<int> WriteChunkAsync(
        ImportedMember[] chunk, DateTimeOffset now, int attempt, CancellationToken cancellationToken) =>
        db.RunAsync(
            ct => _writer.WriteNewMembersAsync(chunk, now, ct),
            MemberImportWriter.RetriesOn(attempt, ct => WriteChunkAsync(chunk, now, attempt + 1, ct)),
            cancellationToken);
}
