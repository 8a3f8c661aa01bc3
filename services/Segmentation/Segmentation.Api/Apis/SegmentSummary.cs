using Loyalty.Contracts.Segmentation;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>A segment with how many members it has now.</summary>
public sealed record SegmentSummary(string Code, string Name, SegmentKind Kind, int Members);
