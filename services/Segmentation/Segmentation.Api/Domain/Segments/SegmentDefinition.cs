using Loyalty.Contracts.Segmentation;

namespace Loyalty.Segmentation.Api.Domain.Segments;

/// <summary>
/// A segment as published in SegmentEntered/SegmentLeft: its code, a human label and where it comes from.
/// </summary>
public sealed record SegmentDefinition(string Code, string Name, SegmentKind Kind);
