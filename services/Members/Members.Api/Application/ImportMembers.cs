using System.Text;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Members.Api.Domain;
using Loyalty.Members.Api.Domain.Import;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loyalty.Members.Api.Services;

/// <summary>
/// Bulk import of members from CSV. Every row is read and checked first; the valid ones are written in chunks, each
/// chunk one transaction holding the members and their MemberRegistered events (binary COPY: 100,000 rows take
/// seconds, not minutes). A row whose phone is already a member is counted, not created, so a file can be run again.
/// </summary>
public sealed partial class MemberImport(MembersDbContext db, TimeProvider timeProvider, ILogger<MemberImport> logger)
{
    public const int MaxRows = 200_000;
    public const int ChunkSize = 5_000;

    /// <summary>The report, or the problems that stop the whole file (bad header, too many rows).</summary>
    public async Task<(MemberImportReport? Report, string[] FileProblems)> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var records = CsvRecords.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            return (null, ["The file is empty; the first line must name the columns."]);
        }

        var (columns, headerProblems) = MemberImportColumns.FromHeader(records.Current.Fields);
        if (columns is null)
        {
            return (null, headerProblems);
        }

        var (rows, valid, errors) = (0, new List<ImportedMember>(), new List<ImportRowError>());
        var firstLineOfPhone = new Dictionary<string, int>();
        while (records.MoveNext())
        {
            if (++rows > MaxRows)
            {
                return (null, [$"At most {MaxRows:N0} rows per file; split it and import the parts (importing a part twice is harmless)."]);
            }

            var (line, fields) = records.Current;
            var (member, rowErrors) = MemberImportRules.Read(line, fields, columns, now);
            if (member is not null && !firstLineOfPhone.TryAdd(member.Phone.Value, line))
            {
                rowErrors.Add(new ImportRowError(line, "phone", $"The same phone is already on line {firstLineOfPhone[member.Phone.Value]}."));
                member = null;
            }

            if (member is null)
            {
                errors.AddRange(rowErrors);
            }
            else
            {
                valid.Add(member);
            }
        }

        var created = 0;
        foreach (var chunk in valid.Chunk(ChunkSize))
        {
            created += await WriteChunkAsync(chunk, now, cancellationToken);
        }

        var failed = errors.Select(e => e.Line).Distinct().Count();
        LogImported(logger, rows, created, valid.Count - created, failed);
        return (new MemberImportReport(rows, created, valid.Count - created, failed, errors), []);
    }

    /// <summary>Creates the chunk's new members; returns how many. Tried up to three times if a concurrent writer takes a phone or code first.</summary>
    private async Task<int> WriteChunkAsync(ImportedMember[] chunk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryWriteChunkAsync(chunk, now, cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> TryWriteChunkAsync(ImportedMember[] chunk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var phones = chunk.Select(m => m.Phone.Value).ToList();
        var existing = (await db.Members.Where(m => phones.Contains(m.Phone)).Select(m => m.Phone).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = chunk.Where(m => !existing.Contains(m.Phone.Value)).ToList();
        var codes = await NewReferralCodesAsync(fresh.Count, cancellationToken);
        var members = fresh.Select((m, i) => Member.Import(m.Phone, m.Profile, m.Tier, m.RegisteredAt ?? now, codes[i], now)).ToList();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await MemberBulkWriter.WriteAsync(connection, members, cancellationToken);
        await OutboxBulkWriter.WriteAsync(db, members.Select(m => m.ToRegisteredEvent()), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return members.Count;
    }

    /// <summary>Referral codes no member has and no two new members share.</summary>
    private async Task<string[]> NewReferralCodesAsync(int count, CancellationToken cancellationToken)
    {
        var codes = new HashSet<string>();
        while (codes.Count < count)
        {
            var candidates = Enumerable.Range(0, count - codes.Count).Select(_ => ReferralCode.New()).Where(c => !codes.Contains(c)).Distinct().ToList();
            var taken = (await db.Members.Where(m => candidates.Contains(m.ReferralCode)).Select(m => m.ReferralCode).ToListAsync(cancellationToken)).ToHashSet();
            codes.UnionWith(candidates.Where(c => !taken.Contains(c)));
        }

        return [.. codes];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member import: {Rows} rows, {Created} created, {Existing} already members, {Failed} failed")]
    private static partial void LogImported(ILogger logger, int rows, int created, int existing, int failed);
}
