using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Catalog;
using Loyalty.Points.Api.Domain.Purchases;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Infrastructure.Sql;

/// <summary>
/// The row locks of Points, in the one order every points change takes them, so that two changes of one member queue
/// instead of deadlocking:
/// 1. the member's account (<see cref="AccountAsync"/>): the member's lock. Purchases, refunds, redemptions, actions,
///    adjustments, grants and expiry of one member queue here. Taken only by <c>PointsTransactions</c>, first in
///    every use case, so no caller can take it in another order.
/// 2. then, when the change needs one, the purchase being refunded (<see cref="PurchaseAsync"/>) or the catalog item
///    being redeemed (<see cref="CatalogItemAsync"/>), whose stock many members share.
/// The member's lots and ledger entries are read and written under the account lock, without locks of their own.
/// </summary>
internal static class PointsLocks
{
    public static Task<PointsAccount?> AccountAsync(
        PointsDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.Accounts.Where(a => a.MemberId == memberId).ForUpdate().SingleOrDefaultAsync(cancellationToken);

    public static Task<Purchase> PurchaseAsync(
        PointsDbContext db, string externalOrderId, CancellationToken cancellationToken) =>
        db.Purchases.Where(p => p.ExternalOrderId == externalOrderId).ForUpdate().SingleAsync(cancellationToken);

    public static Task<CatalogItem?> CatalogItemAsync(
        PointsDbContext db, Guid itemId, CancellationToken cancellationToken) =>
        db.Catalog.Where(i => i.Id == itemId).ForUpdate().SingleOrDefaultAsync(cancellationToken);
}
