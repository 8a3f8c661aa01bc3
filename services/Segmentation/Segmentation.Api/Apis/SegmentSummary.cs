using Loyalty.Contracts.Segmentation;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>A segment with how many members it has now.</summary>
/// <param name="Code">The segment's code (lifecycle-*, rfm-*, vip, rule-*, ...).</param>
/// <param name="Name">The segment's name.</param>
/// <param name="Kind">Rfm (an R×F group), Lifecycle (layers and flags) or Rule (an admin's rule).</param>
/// <param name="Members">How many members it has now.</param>
public sealed record SegmentSummary(string Code, string Name, SegmentKind Kind, int Members);
