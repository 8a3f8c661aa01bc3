using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Notification.Api.Domain;
using Loyalty.Notification.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.IntegrationEvents;

/// <summary>Keeps the latest consent per channel and purpose; a decision older than the one held changes nothing.</summary>
public sealed class MemberConsentChangedConsumer(NotificationDbContext db, TimeProvider timeProvider, ILogger<MemberConsentChangedConsumer> logger)
    : IdempotentConsumer<MemberConsentChanged, NotificationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberConsentChanged changed, CancellationToken cancellationToken)
    {
        var consent = await DbContext.Consents.FirstOrDefaultAsync(
            c => c.MemberId == changed.MemberId && c.Channel == changed.Channel && c.Purpose == changed.Purpose, cancellationToken);
        if (consent is null)
        {
            DbContext.Consents.Add(new MemberConsent
            {
                MemberId = changed.MemberId, Channel = changed.Channel, Purpose = changed.Purpose, Granted = changed.Granted, ChangedAt = changed.ChangedAt,
            });
        }
        else if (changed.ChangedAt >= consent.ChangedAt)
        {
            consent.Granted = changed.Granted;
            consent.ChangedAt = changed.ChangedAt;
        }
    }
}
