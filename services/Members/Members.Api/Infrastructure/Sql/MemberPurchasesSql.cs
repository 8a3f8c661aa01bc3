using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Copies;
using Loyalty.Members.Api.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Infrastructure.Sql;

/// <summary>
/// Reads and writes of the purchase copies that rolling spend is summed from. The window is the domain's
/// (<see cref="TierRules.RollingWindowStart"/>); the statements take its start as a parameter.
/// </summary>
public static class MemberPurchasesSql
{
    /// <summary>{0} the purchase being recorded, {1} the window's start, {2} the member.</summary>
    internal static readonly ModelSql<MembersDbContext> History = new(sql => $$"""
        SELECT coalesce(bool_or({{sql.Column<MemberPurchase>(nameof(MemberPurchase.PurchaseId))}} = {0}), FALSE)
                   AS "{{nameof(PurchaseHistory.AlreadyRecorded)}}",
               count(*)::int AS "{{nameof(PurchaseHistory.Purchases)}}",
               coalesce(sum({{sql.Column<MemberPurchase>(nameof(MemberPurchase.Amount))}}
                            - {{sql.Column<MemberPurchase>(nameof(MemberPurchase.RefundedAmount))}})
                        FILTER (WHERE {{sql.Column<MemberPurchase>(nameof(MemberPurchase.PaidAt))}} > {1}), 0)
                   AS "{{nameof(PurchaseHistory.RollingSpend)}}"
        FROM {{sql.Table<MemberPurchase>()}}
        WHERE {{sql.Column<MemberPurchase>(nameof(MemberPurchase.MemberId))}} = {2}
        """);

    /// <summary>
    /// The member's earlier purchases as <see cref="PurchaseHistory"/>: whether <paramref name="purchaseId"/> is among
    /// them, how many there are, and the rolling spend before <paramref name="now"/>, in one query (three before).
    /// </summary>
    public static Task<PurchaseHistory> PurchaseHistoryAsync(
        this MembersDbContext db,
        Guid memberId,
        Guid purchaseId,
        DateTimeOffset now,
        CancellationToken cancellationToken) =>
        History.Rows<PurchaseHistory>(db, purchaseId, TierRules.RollingWindowStart(now), memberId)
            .SingleAsync(cancellationToken);

    /// <summary>What the member spent in the rolling window before <paramref name="now"/>, refunds taken off.</summary>
    public static Task<decimal> RollingSpendAsync(
        this MembersDbContext db, Guid memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = TierRules.RollingWindowStart(now);
        return db.Purchases.Where(p => p.MemberId == memberId && p.PaidAt > since)
            .SumAsync(p => p.Amount - p.RefundedAmount, cancellationToken);
    }

    /// <summary>
    /// Adds a refund to the purchase's refunded amount (never past the amount: LEAST) in one UPDATE, so two refunds of
    /// one purchase handled at once both count: read, add and save lost one of them. False when the purchase is not
    /// here.
    /// </summary>
    public static async Task<bool> AddRefundAsync(
        this DbSet<MemberPurchase> purchases, Guid purchaseId, decimal amount, CancellationToken cancellationToken) =>
        await purchases.Where(p => p.PurchaseId == purchaseId).ExecuteUpdateAsync(
            set => set.SetProperty(p => p.RefundedAmount, p => Math.Min(p.Amount, p.RefundedAmount + amount)),
            cancellationToken) > 0;
}
