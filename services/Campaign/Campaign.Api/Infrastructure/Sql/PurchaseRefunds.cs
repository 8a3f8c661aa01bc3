using Loyalty.Campaign.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Infrastructure.Sql;

public static class PurchaseRefunds
{
    /// <summary>
    /// Takes a refund off the purchase's revenue (never past its amount) in one UPDATE, so two refunds of one purchase
    /// handled at once both count. False when the purchase is not known yet.
    /// </summary>
    public static async Task<bool> AddRefundAsync(
        this DbSet<MemberPurchase> purchases, Guid purchaseId, decimal amount, CancellationToken cancellationToken) =>
        await purchases.Where(p => p.PurchaseId == purchaseId).ExecuteUpdateAsync(
            set => set.SetProperty(p => p.Refunded, p => Math.Min(p.Amount, p.Refunded + amount)),
            cancellationToken) > 0;
}
