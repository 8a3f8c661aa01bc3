using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Redemptions;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Infrastructure.Configurations;
using Loyalty.Points.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>How a redemption ended.</summary>
public abstract record RedeemPointsOutcome
{
    private RedeemPointsOutcome()
    {
    }

    public sealed record Redeemed(Redemption Redemption) : RedeemPointsOutcome;

    /// <summary>A retry of a redemption request already made: its first result, nothing changed.</summary>
    public sealed record Repeated(Redemption Redemption) : RedeemPointsOutcome;

    public sealed record NoAccount : RedeemPointsOutcome;

    /// <summary>No such item, or it is not offered now.</summary>
    public sealed record NoSuchItem : RedeemPointsOutcome;

    public sealed record OutOfStock : RedeemPointsOutcome;

    public sealed record NotEnoughPoints(long CostPoints, long Balance) : RedeemPointsOutcome;
}

/// <summary>
/// Spends a member's points on a catalog item, once per request id: from the lots that expire first, never past the
/// balance or the stock, publishing PointsRedeemed (with the coupon template a coupon item stands for).
/// </summary>
public sealed class RedeemPoints(
    PointsDbContext db, PointsTransactions transactions, PointsPosting posting, TimeProvider timeProvider)
{
    public async Task<RedeemPointsOutcome> HandleAsync(
        Guid memberId, Guid catalogItemId, Guid? requestId, CancellationToken cancellationToken)
    {
        if (requestId is not null && await FindAsync(requestId, cancellationToken) is { } earlier)
        {
            return new RedeemPointsOutcome.Repeated(earlier);
        }

        return await transactions.ForMemberAsync<RedeemPointsOutcome>(
            memberId,
            async (account, ct) =>
            {
                // The item after the account (PointsLocks): concurrent redemptions queue instead of deadlocking.
                var item = await PointsLocks.CatalogItemAsync(db, catalogItemId, ct);
                if (account is null)
                {
                    return new RedeemPointsOutcome.NoAccount();
                }

                if (item is null || !item.Active)
                {
                    return new RedeemPointsOutcome.NoSuchItem();
                }

                if (!item.InStock)
                {
                    return new RedeemPointsOutcome.OutOfStock();
                }

                var now = timeProvider.GetUtcNow();
                var redemptionId = Guid.CreateVersion7(now);
                var sourceRef = Redemption.SourceRefFor(redemptionId);
                var spent = await posting.DeductAsync(
                    account, item.CostPoints, LedgerReasons.Redemption, sourceRef, ct, item);
                if (spent is null)
                {
                    return new RedeemPointsOutcome.NotEnoughPoints(item.CostPoints, account.Balance);
                }

                item.TakeOne();
                var redemption = Redemption.Record(
                    redemptionId, requestId, account.MemberId, item.Id, item.CostPoints, spent.BalanceAfter, now);
                db.Redemptions.Add(redemption);
                return new RedeemPointsOutcome.Redeemed(redemption);
            },
            [
                new(RedemptionConfiguration.RedemptionRequestIdIndex, async ct => new RedeemPointsOutcome.Repeated(
                    (await FindAsync(requestId, ct))!)),
            ],
            cancellationToken);
    }

    private Task<Redemption?> FindAsync(Guid? requestId, CancellationToken cancellationToken) =>
        db.Redemptions.AsNoTracking().FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
}
