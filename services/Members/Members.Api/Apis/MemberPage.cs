namespace Loyalty.Members.Api.Apis;

/// <summary>One page of a staff search, oldest registration first.</summary>
public sealed record MemberPage(int Page, int PageSize, int TotalMembers, IReadOnlyList<MemberResponse> Members);
