using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain.Purchases;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Infrastructure.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>How recording a purchase ended.</summary>
public abstract record RecordPurchaseOutcome
{
    private RecordPurchaseOutcome()
    {
    }

    public sealed record Recorded(RecordedPurchase Purchase) : RecordPurchaseOutcome;

    /// <summary>The order was recorded before (or concurrently): its first result, nothing changed.</summary>
    public sealed record Repeated(RecordedPurchase Purchase) : RecordPurchaseOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : RecordPurchaseOutcome;

    /// <summary>The member has no points account (yet: it opens a moment after registration).</summary>
    public sealed record NoAccount : RecordPurchaseOutcome;
}

/// <summary>
/// Records a purchase from the POS once per external order id: earns by the policy in force (base, tier, birthday
/// month) into lots that live from the payment, and publishes PurchaseRecorded and PointsEarned.
/// </summary>
public sealed class RecordPurchase(
    PointsDbContext db,
    PointsTransactions transactions,
    PointsPosting posting,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider)
{
    public async Task<RecordPurchaseOutcome> HandleAsync(
        PurchaseRecording recording, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var (valid, errors) = PurchaseRules.Validate(recording, now);
        if (valid is null)
        {
            return new RecordPurchaseOutcome.Invalid(errors);
        }

        // No lookup first: a repeated order is rare, and the unique index on the order id finds it at commit, which
        // saves a round trip on every new purchase.
        return await transactions.ForMemberAsync<RecordPurchaseOutcome>(
            valid.MemberId,
            async (account, ct) =>
            {
                if (account is null)
                {
                    return await RecordedPurchase.FindAsync(db, valid.ExternalOrderId, ct) is { } recorded
                        ? new RecordPurchaseOutcome.Repeated(recorded)
                        : new RecordPurchaseOutcome.NoAccount();
                }

                var policy = await db.EarningPolicies.AsNoTracking().SingleAsync(ct);
                var earned = policy.EarnForPurchase(valid.Amount, account.Tier, account.IsBirthdayMonth(valid.PaidAt));
                var purchase = Purchase.Record(valid, earned.Sum(e => e.Points), now);
                db.Purchases.Add(purchase);
                outbox.Add(new PurchaseRecorded(
                    purchase.Id, purchase.ExternalOrderId, purchase.MemberId, purchase.StoreId, purchase.Amount,
                    purchase.Items.Select(i => new PurchaseItem(i.Sku, i.Category, i.Quantity, i.Amount)).ToArray(),
                    purchase.PaidAt, purchase.CouponCodes, purchase.AdvisorId)
                {
                    OccurredAt = now,
                });

                var expiresAt = valid.PaidAt.AddMonths(policy.LotLifetimeMonths);
                var entries = earned.Select(points => posting.Grant(account, points, purchase.SourceRef, expiresAt));
                return new RecordPurchaseOutcome.Recorded(new RecordedPurchase(purchase, entries.ToList()));
            },
            [
                new(PurchaseConfiguration.ExternalOrderIdIndex, async ct => new RecordPurchaseOutcome.Repeated(
                    (await RecordedPurchase.FindAsync(db, valid.ExternalOrderId, ct))!)),
            ],
            cancellationToken);
    }
}
