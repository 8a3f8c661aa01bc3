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
/// Writes a batch of checked import rows inside the caller's transaction: the rows whose phone is not yet a member
/// become members (binary COPY) with their MemberRegistered events in the outbox. Both imports, the one answered at
/// once (<see cref="ImportMembers"/>) and the background job (<see cref="RunMemberImportJobs"/>), write through it.
/// </summary>
public sealed partial class MemberImportWriter(
    MembersDbContext db, IAuditTrail audit, ILogger logger)
{
    /// <summary>How often a batch is written when concurrent writers keep taking its phones or codes first.</summary>
    public const int Attempts = 3;

    /// <summary>
    /// The unique indexes a concurrent writer can take first (a phone, a referral code): the batch is then written
    /// again with <paramref name="again"/> (those phones are then already members), up to <see cref="Attempts"/>.
    /// </summary>
    public static Repeat<T>[] RetriesOn<T>(int attempt, Func<CancellationToken, Task<T>> again) =>
        attempt < Attempts
            ? [new(MemberConfiguration.PhoneIndex, again), new(MemberConfiguration.ReferralCodeIndex, again)]
            : [];

    /// <summary>Creates the batch's new members; returns how many.</summary>
    public async Task<int> WriteNewMembersAsync(
        IReadOnlyCollection<ImportedMember> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var phones = batch.Select(m => m.Phone.Value).ToList();
        var existing = (await db.Members.Where(m => phones.Contains(m.Phone!)).Select(m => m.Phone)
            .ToListAsync(cancellationToken)).ToHashSet();
        var fresh = batch.Where(m => !existing.Contains(m.Phone.Value)).ToList();
        var codes = await NewReferralCodesAsync(fresh.Count, cancellationToken);
        var members = fresh
            .Select((m, i) => Member.Import(m.Phone, m.Profile, m.Tier, m.RegisteredAt ?? now, codes[i], now))
            .ToList();

        await MemberBulkWriter.WriteAsync(db, members, cancellationToken);
        await OutboxBulkWriter.WriteAsync(db, members.Select(m => m.ToRegisteredEvent()), now, cancellationToken);
        return members.Count;
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

    /// <summary>
    /// Stages the audit entry of a finished import (how many rows, created, already members, failed) and logs the
    /// figures (never a row's data).
    /// </summary>
    public void RecordImported(Guid importId, MemberImportReport report)
    {
        audit.Record(nameof(MemberImportReport), importId.ToString(), AuditActions.Imported, null,
            new { report.Rows, report.Created, report.AlreadyMembers, report.Failed });
        LogImported(logger, report.Rows, report.Created, report.AlreadyMembers, report.Failed);
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Member import: {Rows} rows, {Created} created, {Existing} already members, {Failed} failed")]
    private static partial void LogImported(ILogger logger, int rows, int created, int existing, int failed);
}
