namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>Whether a member is in a segment, as of the latest SegmentEntered/SegmentLeft seen (by OccurredAt, so late events change nothing).</summary>
public sealed class SegmentMembership
{
    public Guid MemberId { get; init; }

    public required string SegmentCode { get; init; }

    public bool IsMember { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
