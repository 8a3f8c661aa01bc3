using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Domain;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Notification.Api.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.IntegrationEvents;

/// <summary>Tells the member their new tier: transactional "tier-changed", once per change event.</summary>
public sealed class MemberTierChangedConsumer(
    NotificationDbContext db, NotificationIntake intake, IOptions<NotificationOptions> options, TimeProvider timeProvider, ILogger<MemberTierChangedConsumer> logger)
    : IdempotentConsumer<MemberTierChanged, NotificationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberTierChanged changed, CancellationToken cancellationToken)
    {
        if (await DbContext.Members.FirstOrDefaultAsync(m => m.MemberId == changed.MemberId, cancellationToken) is { } member)
        {
            member.Tier = changed.ToTier;
        }

        await intake.AcceptAsync(RequestFor(changed, options.Value.TransactionalChannel, options.Value.DefaultLanguage), cancellationToken);
    }

    /// <summary>The request this event stands for, deduplicated by the change event's id.</summary>
    public static NotificationRequested RequestFor(MemberTierChanged changed, Channel channel, string language) =>
        new NotificationRequested(
            changed.EventId,
            changed.MemberId,
            channel,
            ConsentPurpose.Transactional,
            "tier-changed",
            new Dictionary<string, string> { ["tier"] = DefaultTemplates.TierName(changed.ToTier, language) },
            $"tier-changed:{changed.EventId}",
            null) { OccurredAt = changed.OccurredAt };
}
