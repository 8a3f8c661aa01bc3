using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Purchases;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Infrastructure.Configurations;
using Loyalty.Points.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>How refunding a purchase ended.</summary>
public abstract record RefundPurchaseOutcome
{
    private RefundPurchaseOutcome()
    {
    }

    public sealed record Refunded(Refund Refund) : RefundPurchaseOutcome;

    /// <summary>A retry of a refund request already made: its first result, nothing changed.</summary>
    public sealed record Repeated(Refund Refund) : RefundPurchaseOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : RefundPurchaseOutcome;

    public sealed record NoPurchase : RefundPurchaseOutcome;

    public sealed record AlreadyFullyRefunded : RefundPurchaseOutcome;
}

/// <summary>
/// Refunds a purchase in full (no amount) or in part, once per request id: takes back the points the refunded share
/// earned as far as the balance allows, records the shortfall, and publishes PurchaseRefunded.
/// </summary>
public sealed class RefundPurchase(
    PointsDbContext db,
    PointsTransactions transactions,
    PointsPosting posting,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider)
{
    public async Task<RefundPurchaseOutcome> HandleAsync(
        string externalOrderId, decimal? amount, Guid? requestId, CancellationToken cancellationToken)
    {
        if (requestId is not null && await FindAsync(requestId, cancellationToken) is { } earlier)
        {
            return new RefundPurchaseOutcome.Repeated(earlier);
        }

        if (RefundRules.ValidateAmount(amount) is { Count: > 0 } errors)
        {
            return new RefundPurchaseOutcome.Invalid(errors);
        }

        var memberId = await db.Purchases.Where(p => p.ExternalOrderId == externalOrderId)
            .Select(p => (Guid?)p.MemberId).FirstOrDefaultAsync(cancellationToken);
        if (memberId is null)
        {
            return new RefundPurchaseOutcome.NoPurchase();
        }

        return await transactions.ForMemberAsync<RefundPurchaseOutcome>(
            memberId.Value,
            async (account, ct) =>
            {
                var purchase = await PointsLocks.PurchaseAsync(db, externalOrderId, ct);
                return await RefundAsync(account!, purchase, amount, requestId, ct);
            },
            [
                new(RefundConfiguration.RequestIdIndex, async ct => new RefundPurchaseOutcome.Repeated(
                    (await FindAsync(requestId, ct))!)),
            ],
            cancellationToken);
    }

    private async Task<RefundPurchaseOutcome> RefundAsync(
        PointsAccount account, Purchase purchase, decimal? asked, Guid? requestId, CancellationToken cancellationToken)
    {
        if (purchase.Refundable == 0)
        {
            return new RefundPurchaseOutcome.AlreadyFullyRefunded();
        }

        var amount = asked ?? purchase.Refundable;
        if (RefundRules.ValidateAgainst(purchase, amount) is { Count: > 0 } errors)
        {
            return new RefundPurchaseOutcome.Invalid(errors);
        }

        var now = timeProvider.GetUtcNow();
        var due = purchase.PointsDueFor(amount);
        var refundId = Guid.CreateVersion7(now);
        var takenBack = await posting.DeductUpToAsync(
            account, due, LedgerReasons.RefundTakeBack, Refund.SourceRefFor(refundId), cancellationToken);
        var refund = purchase.RecordRefund(refundId, requestId, amount, due, takenBack, now);
        db.Refunds.Add(refund);
        outbox.Add(new PurchaseRefunded(
            refund.Id, purchase.Id, purchase.ExternalOrderId, purchase.MemberId, purchase.StoreId, amount,
            refund.CompletesRefund, now)
        {
            OccurredAt = now,
        });
        return new RefundPurchaseOutcome.Refunded(refund);
    }

    private Task<Refund?> FindAsync(Guid? requestId, CancellationToken cancellationToken) =>
        db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken);
}
