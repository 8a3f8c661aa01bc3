using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Domain;

/// <summary>The member's latest decision for one channel and purpose (from MemberConsentChanged). No row means no consent.</summary>
public sealed class MemberConsent
{
    public required Guid MemberId { get; init; }

    public required Channel Channel { get; init; }

    public required ConsentPurpose Purpose { get; init; }

    public bool Granted { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
