using Loyalty.Points.Api.Domain.Accounts;

namespace Loyalty.Points.Api.Apis;

/// <param name="Id">The entry's id.</param>
/// <param name="Points">Points added (positive) or taken (negative).</param>
/// <param name="Reason">
/// The rule or cause: purchase-base, tier-multiplier, birthday-month, review-bonus, redemption, refund, expiry,
/// adjustment reason, ...
/// </param>
/// <param name="SourceRef">What caused it: the purchase, refund, redemption, action or request it belongs to.</param>
/// <param name="BalanceAfter">The balance after this entry.</param>
/// <param name="CreatedAt">When it was recorded (UTC).</param>
/// <param name="ExpiresAt">For earned points: when the lot expires (UTC); null otherwise.</param>
public sealed record LedgerEntryResponse(
    Guid Id,
    long Points,
    string Reason,
    string SourceRef,
    long BalanceAfter,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt)
{
    public static LedgerEntryResponse From(LedgerEntry entry) =>
        new(entry.Id, entry.Points, entry.Reason, entry.SourceRef, entry.BalanceAfter, entry.CreatedAt,
            entry.ExpiresAt);
}
