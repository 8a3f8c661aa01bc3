namespace Loyalty.Segmentation.Api.Apis;

/// <summary>One page of a segment's members, in order of member id.</summary>
/// <param name="Code">The segment's code.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Members per page.</param>
/// <param name="TotalMembers">Members in the segment.</param>
/// <param name="Members">This page's members.</param>
public sealed record SegmentMemberPage(
    string Code, int Page, int PageSize, int TotalMembers, IReadOnlyList<SegmentMemberEntry> Members);

/// <summary>A member in a segment listing: since when, and the scores that put them there.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="EnteredAt">When the member entered the segment (UTC).</param>
/// <param name="Layer">The lifecycle layer: New, Active or Dormant; null before a first purchase.</param>
/// <param name="R">Recency score 1–5; null before scoring.</param>
/// <param name="F">Frequency score 1–5; null before scoring.</param>
/// <param name="M">Monetary score 1–5; null before scoring.</param>
/// <param name="Spend">Spend in CNY, net of refunds.</param>
/// <param name="Clv">Predicted 12-month CLV in CNY; null without a prediction.</param>
public sealed record SegmentMemberEntry(
    Guid MemberId, DateTimeOffset EnteredAt, string? Layer, int? R, int? F, int? M, decimal Spend, decimal? Clv);
