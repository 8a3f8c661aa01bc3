using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Infrastructure.Sql;

/// <summary>
/// The row locks of Members. There is one: the member's row. Every use case that must see a member's state unchanged
/// until it commits takes it first, before it reads anything else of that member: a consent change (two changes at
/// once cannot both think they are the first decision), a purchase (two purchases cannot both miss each other's
/// spend) and the anniversary review (which a purchase's upgrade must not overlap). Nothing takes a second lock after
/// it; a refund updates its purchase row alone, atomically (<see cref="MemberPurchasesSql.AddRefundAsync"/>).
/// A data request is changed under its member's row (<see cref="LockRequestAsync"/>): parts and erasures of
/// several services arriving at once cannot both miss that they were the last. The retention job's try-lock comes
/// before any member's row.
/// </summary>
public static class MembersLocks
{
    private const long RetentionJob = 0x3E3_0001;

    private static readonly ModelSql<MembersDbContext> TryRetention =
        new(_ => """SELECT pg_try_advisory_xact_lock({0}) AS "Value" """);

    /// <summary>True when this transaction got the retention job; another replica holds it otherwise.</summary>
    public static async Task<bool> TryTakeRetentionJobAsync(
        this MembersDbContext db, CancellationToken cancellationToken) =>
        await TryRetention.Rows<bool>(db, RetentionJob).SingleAsync(cancellationToken);

    /// <summary>
    /// The data request with its progress, under its member's row lock (taken first), and the member; null when
    /// there is no such request.
    /// </summary>
    public static async Task<(DataRequest Request, Member Member)?> LockRequestAsync(
        this MembersDbContext db, Guid requestId, CancellationToken cancellationToken)
    {
        var memberId = await db.DataRequests.Where(r => r.Id == requestId).Select(r => (Guid?)r.MemberId)
            .SingleOrDefaultAsync(cancellationToken);
        if (memberId is null || await db.LockMemberAsync(memberId.Value, cancellationToken) is not { } member)
        {
            return null;
        }

        var request = await db.DataRequests.Include(r => r.Services).SingleAsync(r => r.Id == requestId,
            cancellationToken);
        return (request, member);
    }

    /// <summary>The member, locked until the transaction ends; null when there is none.</summary>
    public static Task<Member?> LockMemberAsync(
        this MembersDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.Members.Where(m => m.Id == memberId).ForUpdate().SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The member if their review is due and nobody else holds them (another replica reviewing them, a purchase),
    /// locked until the transaction ends; null otherwise.
    /// </summary>
    public static Task<Member?> LockMemberDueForReviewAsync(
        this MembersDbContext db, Guid memberId, DateOnly today, CancellationToken cancellationToken) =>
        db.Members.Where(m => m.Id == memberId && m.NextTierReviewOn <= today).ForUpdateSkipLocked()
            .SingleOrDefaultAsync(cancellationToken);
}
