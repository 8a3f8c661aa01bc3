namespace Loyalty.Segmentation.Api.Domain.Segments;

/// <summary>
/// A member's current membership of a segment; SegmentEntered/SegmentLeft are published when a row comes or goes.
/// </summary>
public sealed class SegmentMembership
{
    private SegmentMembership()
    {
    }

    public Guid MemberId { get; private set; }

    public string SegmentCode { get; private set; } = "";

    public DateTimeOffset EnteredAt { get; private set; }

    public static SegmentMembership Enter(Guid memberId, string segmentCode, DateTimeOffset at) =>
        new() { MemberId = memberId, SegmentCode = segmentCode, EnteredAt = at };
}
