using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// The retention policy, once per clinic day: members with no activity (registration, purchase) for
/// Privacy:Retention:InactiveMemberYears are erased as a confirmed erasure with Ground RetentionPolicy, and archives
/// past their time expire (their parts deleted). Replicas: a try-lock lets one in; the day's retention_runs row,
/// written in the same transaction, tells the others and later ticks that the day is done.
/// </summary>
public sealed class ApplyRetentionPolicy(
    MembersDbContext db, EraseMember erase, TimeProvider timeProvider, IOptions<PrivacyOptions> options)
{
    public async Task<string> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var day = ClinicTime.Today(timeProvider);
        if (await DoneAsync(day, cancellationToken))
        {
            return $"{day:yyyy-MM-dd} already done";
        }

        return await db.RunAsync(ct => RunAsync(day, ct), cancellationToken);
    }

    private async Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (!await db.TryTakeRetentionJobAsync(cancellationToken))
        {
            return "another replica is running it";
        }

        if (await DoneAsync(day, cancellationToken))
        {
            return $"{day:yyyy-MM-dd} already done";
        }

        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var years = settings.Retention.InactiveMemberYears;
        var inactiveSince = now.AddYears(-years);
        var reason = $"{years} 年无活动（保留政策）";
        // Skipped: members with an open erasure request (staff decide it), and members another use case holds.
        var due = await db.Members
            .Where(m => m.ErasedAt == null && m.RegisteredAt < inactiveSince
                && !db.Purchases.Any(p => p.MemberId == m.Id && p.PaidAt >= inactiveSince)
                && !db.DataRequests.Any(r => r.MemberId == m.Id && r.Kind == DataRequestKind.Erasure
                    && (r.Status == DataRequestStatus.AwaitingConfirmation || r.Status == DataRequestStatus.Erasing)))
            .OrderBy(m => m.RegisteredAt).Select(m => m.Id).Take(settings.Retention.BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var memberId in due)
        {
            var member = await db.LockMemberAsync(memberId, cancellationToken);
            var request = DataRequest.RetentionErasure(memberId, reason, settings.AnsweringServices, now);
            db.DataRequests.Add(request);
            await erase.HandleAsync(member!, request, now, cancellationToken);
        }

        var ready = await db.DataRequests.Include(r => r.Services)
            .Where(r => r.Status == DataRequestStatus.Ready && r.ArchiveExpiresAt <= now)
            .ToListAsync(cancellationToken);
        var expired = ready.Count(r => r.ExpireArchiveIfDue(now));
        var line = $"{day:yyyy-MM-dd}: {due.Count} inactive members erased (no activity for {years} years), "
            + $"{expired} archives expired";
        db.RetentionRuns.Add(new RetentionRun { RunDate = day, CompletedAt = now, Outcome = line });
        return line;
    }

    private Task<bool> DoneAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.RetentionRuns.AnyAsync(r => r.RunDate == day, cancellationToken);
}
