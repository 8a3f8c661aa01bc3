using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Members;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Infrastructure.Sql;

/// <summary>
/// The row locks of Members. There is one: the member's row. Every use case that must see a member's state unchanged
/// until it commits takes it first, before it reads anything else of that member: a consent change (two changes at
/// once cannot both think they are the first decision), a purchase (two purchases cannot both miss each other's
/// spend) and the anniversary review (which a purchase's upgrade must not overlap). Nothing takes a second lock after
/// it; a refund updates its purchase row alone, atomically (<see cref="MemberPurchasesSql.AddRefundAsync"/>).
/// </summary>
public static class MembersLocks
{
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
