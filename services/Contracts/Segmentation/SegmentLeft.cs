namespace Loyalty.Contracts.Segmentation;

/// <summary>A member left a segment.</summary>
public sealed record SegmentLeft(
    Guid MemberId,
    string SegmentCode,
    string SegmentName,
    SegmentKind Kind) : IntegrationEvent;
