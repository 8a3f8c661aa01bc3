using Loyalty.BuildingBlocks.Copies;
using Loyalty.Contracts;

namespace Loyalty.Feedback.Api.Domain.Copies;

/// <summary>The member's latest decision for one channel and purpose. No row means no consent.</summary>
public sealed class MemberConsent
{
    private MemberConsent()
    {
    }

    public Guid MemberId { get; private set; }

    public Channel Channel { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public bool Granted { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static MemberConsent Stated(
        Guid memberId, Channel channel, ConsentPurpose purpose, bool granted, DateTimeOffset changedAt) => new()
    {
        MemberId = memberId, Channel = channel, Purpose = purpose, Granted = granted,
        ChangedAt = changedAt.ToUniversalTime(),
    };

    public void Follow(bool granted, DateTimeOffset changedAt)
    {
        if (LatestWins.Replaces(changedAt, ChangedAt))
        {
            (Granted, ChangedAt) = (granted, changedAt.ToUniversalTime());
        }
    }
}
