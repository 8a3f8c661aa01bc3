using Loyalty.BuildingBlocks.Copies;
using Loyalty.Contracts;

namespace Loyalty.Notification.Api.Domain.Copies;

/// <summary>
/// The member's latest decision for one channel and purpose (from MemberConsentChanged). No row means no consent.
/// </summary>
public sealed class MemberConsent
{
    private MemberConsent()
    {
    }

    public Guid MemberId { get; private set; }

    public Channel Channel { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public bool Granted { get; private set; }

    /// <summary>
    /// Whether a message for this purpose needs the member's consent: all do but a sign-in code, which is sent
    /// because she asked for it this moment.
    /// </summary>
    public static bool IsNeededFor(ConsentPurpose purpose) => purpose != ConsentPurpose.SignIn;

    /// <summary>When Members recorded the decision kept here.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public static MemberConsent From(
        Guid memberId, Channel channel, ConsentPurpose purpose, bool granted, DateTimeOffset changedAt) => new()
    {
        MemberId = memberId, Channel = channel, Purpose = purpose, Granted = granted, ChangedAt = changedAt,
    };

    /// <summary>Takes the member's decision made at <paramref name="changedAt"/> unless a later one is kept.</summary>
    public void Change(bool granted, DateTimeOffset changedAt)
    {
        if (LatestWins.Replaces(changedAt, ChangedAt))
        {
            (Granted, ChangedAt) = (granted, changedAt);
        }
    }
}
