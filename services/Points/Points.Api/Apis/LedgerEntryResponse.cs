using Loyalty.Points.Api.Domain;

namespace Loyalty.Points.Api.Apis;

public sealed record LedgerEntryResponse(Guid Id, long Points, string Reason, string SourceRef, long BalanceAfter, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt)
{
    public static LedgerEntryResponse From(LedgerEntry entry) =>
        new(entry.Id, entry.Points, entry.Reason, entry.SourceRef, entry.BalanceAfter, entry.CreatedAt, entry.ExpiresAt);
}
