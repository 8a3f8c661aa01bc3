using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Members;
using Loyalty.Notification.Api.Domain.Copies;
using Loyalty.Notification.Api.Infrastructure;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// Keeps the member's latest consent per channel and purpose; a decision older than the one held changes nothing.
/// Changes are staged for the consumer to save; nothing is kept for an erased member.
/// </summary>
public sealed class KeepConsent(NotificationDbContext db)
{
    public async Task HandleAsync(MemberConsentChanged changed, CancellationToken cancellationToken)
    {
        if (await db.Consents.FindAsync([changed.MemberId, changed.Channel, changed.Purpose], cancellationToken)
            is { } consent)
        {
            consent.Change(changed.Granted, changed.ChangedAt);
        }
        else if (!await db.IsErasedAsync(changed.MemberId, cancellationToken))
        {
            db.Consents.Add(MemberConsent.From(
                changed.MemberId, changed.Channel, changed.Purpose, changed.Granted, changed.ChangedAt));
        }
    }
}
