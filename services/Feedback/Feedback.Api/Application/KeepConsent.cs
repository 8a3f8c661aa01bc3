using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Members;
using Loyalty.Feedback.Api.Domain.Copies;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure.Sql;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Keeps the member's latest consent per channel and purpose (invitations need channel + Feedback); nothing for a
/// member whose data was erased.
/// </summary>
public sealed class KeepConsent(FeedbackDbContext db)
{
    public async Task HandleAsync(MemberConsentChanged changed, CancellationToken cancellationToken)
    {
        await db.LockMemberAsync(changed.MemberId, cancellationToken);
        if (await db.IsErasedAsync(changed.MemberId, cancellationToken))
        {
            return;
        }

        if (await db.Consents.FindAsync([changed.MemberId, changed.Channel, changed.Purpose], cancellationToken)
            is { } consent)
        {
            consent.Follow(changed.Granted, changed.ChangedAt);
        }
        else
        {
            db.Consents.Add(MemberConsent.Stated(
                changed.MemberId, changed.Channel, changed.Purpose, changed.Granted, changed.ChangedAt));
        }
    }
}
