namespace Loyalty.Segmentation.Api.Apis;

/// <summary>One page of a segment's members, in order of member id.</summary>
public sealed record SegmentMemberPage(string Code, int Page, int PageSize, int TotalMembers, IReadOnlyList<SegmentMemberEntry> Members);

/// <summary>A member in a segment listing: since when, and the scores that put them there.</summary>
public sealed record SegmentMemberEntry(Guid MemberId, DateTimeOffset EnteredAt, string? Layer, int? R, int? F, int? M, decimal Spend, decimal? Clv);
