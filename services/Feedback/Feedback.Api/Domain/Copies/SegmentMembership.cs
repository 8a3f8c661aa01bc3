using Loyalty.BuildingBlocks.Copies;

namespace Loyalty.Feedback.Api.Domain.Copies;

/// <summary>Whether a member is in a segment (for an operator's send to it), latest wins.</summary>
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

    public void Follow(bool isMember, DateTimeOffset at)
    {
        if (LatestWins.Replaces(at, ChangedAt))
        {
            (IsMember, ChangedAt) = (isMember, at.ToUniversalTime());
        }
    }
}
