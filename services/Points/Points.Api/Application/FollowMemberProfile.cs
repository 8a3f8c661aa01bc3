using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Keeps the account's copy of the member's birth date from MemberProfileUpdated (latest wins), in the consumer's
/// transaction; a profile event about a member whose data was erased brings nothing back.
/// </summary>
public sealed class FollowMemberProfile(PointsDbContext db)
{
    public async Task HandleAsync(MemberProfileUpdated updated, CancellationToken cancellationToken)
    {
        if (await db.IsErasedAsync(updated.MemberId, cancellationToken))
        {
            return;
        }

        (await AccountNotOpenedYetException.AccountForAsync(
                db, updated.MemberId, nameof(MemberProfileUpdated), cancellationToken))
            .ChangeBirthDate(updated.BirthDate, updated.OccurredAt);
    }
}
