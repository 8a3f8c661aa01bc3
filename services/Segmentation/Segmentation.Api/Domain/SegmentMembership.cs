namespace Loyalty.Segmentation.Api.Domain;

/// <summary>A member's current membership of a segment; SegmentEntered/SegmentLeft are published when a row comes or goes.</summary>
public sealed class SegmentMembership
{
    public Guid MemberId { get; init; }

    public required string SegmentCode { get; init; }

    public DateTimeOffset EnteredAt { get; init; }
}
