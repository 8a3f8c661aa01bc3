namespace Loyalty.Members.Api.Apis;

/// <summary>One page of a staff search, oldest registration first.</summary>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Members per page.</param>
/// <param name="TotalMembers">Members matching the search.</param>
/// <param name="Members">This page's members.</param>
public sealed record MemberPage(int Page, int PageSize, int TotalMembers, IReadOnlyList<MemberResponse> Members);
