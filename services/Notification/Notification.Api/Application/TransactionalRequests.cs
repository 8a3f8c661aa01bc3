using System.Globalization;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Notification;
using Loyalty.Contracts.Points;
using Loyalty.Notification.Api.Domain.Templates;

namespace Loyalty.Notification.Api.Application;

/// <summary>
/// The transactional messages this service raises itself from other services' events, as the requests
/// <see cref="QueueNotification"/> takes in; each is deduplicated by the fact it tells of.
/// </summary>
public static class TransactionalRequests
{
    /// <summary>
    /// "points-expired": the dedupe key is the ledger entry, so a republished event never sends twice.
    /// </summary>
    public static NotificationRequested PointsExpired(PointsExpired expired, Channel channel) =>
        new NotificationRequested(
            expired.EventId,
            expired.MemberId,
            channel,
            ConsentPurpose.Transactional,
            "points-expired",
            new Dictionary<string, string> { ["points"] = expired.Points.ToString(CultureInfo.InvariantCulture) },
            $"points-expired:{expired.LedgerEntryId}",
            null) { OccurredAt = expired.OccurredAt };

    /// <summary>"tier-changed", deduplicated by the change event's id.</summary>
    public static NotificationRequested TierChanged(MemberTierChanged changed, Channel channel, string language) =>
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
