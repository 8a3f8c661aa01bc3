using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Members;
using Loyalty.Feedback.Api.Domain.Copies;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure.Sql;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Keeps the member's home store (where her follow-ups go) from MemberRegistered and MemberProfileUpdated, latest wins
/// by the events' OccurredAt, inside the consumer's transaction; nothing for a member whose data was erased.
/// </summary>
public sealed class KeepMember(FeedbackDbContext db)
{
    public Task RegisteredAsync(MemberRegistered registered, CancellationToken cancellationToken) =>
        FollowAsync(registered.MemberId, registered.HomeStoreId, registered.OccurredAt, cancellationToken);

    public Task ProfileUpdatedAsync(MemberProfileUpdated updated, CancellationToken cancellationToken) =>
        FollowAsync(updated.MemberId, updated.HomeStoreId, updated.OccurredAt, cancellationToken);

    private async Task FollowAsync(
        Guid memberId, string homeStoreId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await db.LockMemberAsync(memberId, cancellationToken);
        if (await db.IsErasedAsync(memberId, cancellationToken))
        {
            return;
        }

        if (await db.Members.FindAsync([memberId], cancellationToken) is { } member)
        {
            member.Follow(homeStoreId, at);
        }
        else
        {
            db.Members.Add(FeedbackMember.Stated(memberId, homeStoreId, at));
        }
    }
}
