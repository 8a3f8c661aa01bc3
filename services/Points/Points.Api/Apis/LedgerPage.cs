namespace Loyalty.Points.Api.Apis;

/// <summary>One page of a member's ledger, newest first.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Balance">Points available now.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Entries per page.</param>
/// <param name="TotalEntries">Entries in the whole ledger.</param>
/// <param name="Entries">This page's entries, newest first.</param>
public sealed record LedgerPage(
    Guid MemberId, long Balance, int Page, int PageSize, int TotalEntries, IReadOnlyList<LedgerEntryResponse> Entries);
