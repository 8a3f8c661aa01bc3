namespace Loyalty.Contracts.Segmentation;

/// <summary>A member entered a segment (e.g. lifecycle "dormant").</summary>
public sealed record SegmentEntered(
    Guid MemberId,
    string SegmentCode,
    string SegmentName,
    SegmentKind Kind) : IntegrationEvent;
