using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Notification;
using Loyalty.Contracts.Privacy;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// Erases what Notification keeps of a member: her contact copy (name, protected phone) and consent copies are
/// deleted, her pending messages cancelled (suppressed, MemberErased), and every message's subject, body and
/// recipient cleared; what was sent when, on which channel and template, stays for the statistics. Runs in the
/// consumer's inbox transaction; a second request for an erased member changes nothing but answers again.
/// </summary>
public sealed class EraseMember(
    NotificationDbContext db,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider)
{
    public async Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var erasedAt = await db.EraseOnceAsync(request, now, async ct =>
        {
            // Locked, so a dispatcher sending one of them now finishes first (and it is then no longer pending).
            var pending = await db.Messages
                .Where(m => m.MemberId == request.MemberId
                    && (m.Status == MessageStatus.Queued || m.Status == MessageStatus.Deferred))
                .ForUpdate().ToListAsync(ct);
            foreach (var message in pending.Where(m => m.IsPending))
            {
                outbox.Add(message.Suppress(SuppressionReason.MemberErased, now));
            }

            await db.Messages.Where(m => m.MemberId == request.MemberId).ClearAsync(now, ct);
            await db.Members.Where(m => m.MemberId == request.MemberId).ExecuteDeleteAsync(ct);
            await db.Consents.Where(c => c.MemberId == request.MemberId).ExecuteDeleteAsync(ct);
        }, cancellationToken);

        outbox.Add(new MemberErased(request.RequestId, request.MemberId, ExportMemberData.Service, erasedAt)
        {
            OccurredAt = now,
        });
    }
}
