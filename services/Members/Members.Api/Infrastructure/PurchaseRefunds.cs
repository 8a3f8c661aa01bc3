using Loyalty.Members.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Infrastructure;

public static class PurchaseRefunds
{
    /// <summary>
    /// Adds a refund to the purchase's refunded amount (never past the amount) in one UPDATE, so two refunds of one
    /// purchase handled at once both count: read, add and save lost one of them. False when the purchase is not here.
    /// </summary>
    public static async Task<bool> AddRefundAsync(
        this DbSet<MemberPurchase> purchases, Guid purchaseId, decimal amount, CancellationToken cancellationToken) =>
        await purchases.Where(p => p.PurchaseId == purchaseId).ExecuteUpdateAsync(
            set => set.SetProperty(p => p.RefundedAmount, p => Math.Min(p.Amount, p.RefundedAmount + amount)),
            cancellationToken) > 0;
}
