using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Purchases;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>A recorded purchase with the ledger entries it earned.</summary>
public sealed record RecordedPurchase(Purchase Purchase, IReadOnlyList<LedgerEntry> Earned)
{
    /// <summary>The purchase recorded under <paramref name="externalOrderId"/>, if any (a plain read).</summary>
    public static async Task<RecordedPurchase?> FindAsync(
        PointsDbContext db, string externalOrderId, CancellationToken cancellationToken)
    {
        var purchase = await db.Purchases.AsNoTracking()
            .FirstOrDefaultAsync(p => p.ExternalOrderId == externalOrderId, cancellationToken);
        if (purchase is null)
        {
            return null;
        }

        var entries = await db.Ledger.AsNoTracking().Where(e => e.SourceRef == purchase.SourceRef)
            .ToListAsync(cancellationToken);
        return new RecordedPurchase(purchase, entries);
    }
}
