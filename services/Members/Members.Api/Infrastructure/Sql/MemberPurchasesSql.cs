using Loyalty.Members.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Infrastructure;

internal static class RollingSpendQuery
{
    /// <summary>What the member spent in the rolling window before <paramref name="now"/>, refunds taken off.</summary>
    public static Task<decimal> RollingSpendAsync(this MembersDbContext db, Guid memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - TierRules.RollingWindow;
        return db.Purchases.Where(p => p.MemberId == memberId && p.PaidAt > since).SumAsync(p => p.Amount - p.RefundedAmount, cancellationToken);
    }

    /// <summary>
    /// The member's earlier purchases as <see cref="PurchaseHistory"/>: whether <paramref name="purchaseId"/> is among
    /// them, how many there are, and the rolling spend before <paramref name="now"/>, in one query (three before).
    /// </summary>
    public static Task<PurchaseHistory> PurchaseHistoryAsync(this MembersDbContext db, Guid memberId, Guid purchaseId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - TierRules.RollingWindow;
        return db.Database.SqlQuery<PurchaseHistory>(
            $"""
            SELECT coalesce(bool_or("PurchaseId" = {purchaseId}), FALSE) AS "AlreadyRecorded",
                   count(*)::int AS "Purchases",
                   coalesce(sum("Amount" - "RefundedAmount") FILTER (WHERE "PaidAt" > {since}), 0) AS "RollingSpend"
            FROM member_purchases WHERE "MemberId" = {memberId}
            """).SingleAsync(cancellationToken);
    }
}
