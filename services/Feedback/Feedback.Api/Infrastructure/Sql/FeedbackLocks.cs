using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Infrastructure.Sql;

/// <summary>
/// The locks Feedback's use cases take. The order, wherever more than one is held: the member (a transaction-scoped
/// advisory lock on her id, so invitations to her and their period rule queue even before any row of hers exists),
/// then the invitation, then a follow-up task.
/// </summary>
internal static class FeedbackLocks
{
    private static readonly ModelSql<FeedbackDbContext> MemberLock = new(_ =>
        "SELECT pg_advisory_xact_lock(hashtextextended({0}::text, 7017))");

    public static Task LockMemberAsync(this FeedbackDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        MemberLock.ExecuteAsync(db, cancellationToken, memberId.ToString());

    public static Task<SurveyInvitation?> LockInvitationAsync(
        this FeedbackDbContext db, Guid invitationId, CancellationToken cancellationToken) =>
        db.Invitations.Where(i => i.Id == invitationId).ForUpdate().SingleOrDefaultAsync(cancellationToken);

    public static Task<FollowUpTask?> LockFollowUpAsync(
        this FeedbackDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.FollowUps.Where(t => t.Id == id).ForUpdate().SingleOrDefaultAsync(cancellationToken);
}
