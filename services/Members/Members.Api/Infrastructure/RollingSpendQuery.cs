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
}
