using Loyalty.BuildingBlocks.Copies;

namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>
/// Whether a member is in a segment, as of the latest SegmentEntered/SegmentLeft seen (by OccurredAt, so late events
/// change nothing).
/// </summary>
public sealed class SegmentMembership
{
    private SegmentMembership()
    {
    }

    public Guid MemberId { get; private set; }

    public string SegmentCode { get; private set; } = "";

    public bool IsMember { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static SegmentMembership Stated(Guid memberId, string segmentCode, bool isMember, DateTimeOffset at) =>
        new() { MemberId = memberId, SegmentCode = segmentCode, IsMember = isMember, ChangedAt = at.ToUniversalTime() };

    /// <summary>Takes entering or leaving stated at <paramref name="at"/>; false when a later change is held.</summary>
    public bool Follow(bool isMember, DateTimeOffset at)
    {
        if (!LatestWins.Replaces(at, ChangedAt))
        {
            return false;
        }

        (IsMember, ChangedAt) = (isMember, at.ToUniversalTime());
        return true;
    }
}
