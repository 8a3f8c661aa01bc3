using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Loyalty.Contracts.Points;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// What a purchase does in Campaign, inside the consumer's transaction: keeps its copy (for KPIs), counts it towards
/// the member's open second-purchase growth tasks, and, when it is the member's first purchase as seen here, fires the
/// FirstPurchase campaigns (after counting, so the purchase that starts a task never counts for it).
/// </summary>
public sealed class PurchaseIntake(
    CampaignDbContext db, AdvanceGrowthTasks growthTasks, FireCampaignTriggers triggers)
{
    public const string FirstPurchaseRunKey = "first-purchase";

    public async Task RecordAsync(PurchaseRecorded purchase, CancellationToken cancellationToken)
    {
        if (await db.Purchases.AnyAsync(p => p.PurchaseId == purchase.PurchaseId, cancellationToken))
        {
            return;
        }

        var paidAt = purchase.PaidAt.ToUniversalTime();
        var first = !await db.Purchases.AnyAsync(p => p.MemberId == purchase.MemberId, cancellationToken);
        db.Purchases.Add(MemberPurchase.Recorded(
            purchase.PurchaseId, purchase.MemberId, purchase.ExternalOrderId, purchase.Amount, paidAt));
        await growthTasks.PurchaseAsync(purchase.MemberId, purchase.PurchaseId, paidAt, cancellationToken);
        if (first)
        {
            await triggers.FireAsync(
                CampaignTrigger.FirstPurchase, null, purchase.MemberId, FirstPurchaseRunKey,
                new Dictionary<string, string>(), cancellationToken, paidAt);
        }
    }

    /// <summary>
    /// Takes a refund off the purchase's revenue; a refund that overtakes its purchase throws, so it is redelivered.
    /// </summary>
    public async Task RefundAsync(PurchaseRefunded refund, CancellationToken cancellationToken)
    {
        if (!await db.Purchases.AddRefundAsync(refund.PurchaseId, refund.RefundAmount, cancellationToken))
        {
            throw new InvalidOperationException(
                $"Purchase {refund.PurchaseId} is not known yet; the refund will be redelivered.");
        }
    }
}
