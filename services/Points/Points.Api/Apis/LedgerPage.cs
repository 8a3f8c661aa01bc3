namespace Loyalty.Points.Api.Apis;

/// <summary>One page of a member's ledger, newest first.</summary>
public sealed record LedgerPage(Guid MemberId, long Balance, int Page, int PageSize, int TotalEntries, IReadOnlyList<LedgerEntryResponse> Entries);
