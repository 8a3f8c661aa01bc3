using Loyalty.Points.Api.Domain.Purchases;

namespace Loyalty.Points.Api.Apis;

/// <summary>One page of recorded purchases, newest payment first.</summary>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Purchases per page.</param>
/// <param name="TotalPurchases">Purchases matching the filters.</param>
/// <param name="Purchases">This page's purchases, newest first.</param>
public sealed record PurchaseHistoryPage(
    int Page, int PageSize, int TotalPurchases, IReadOnlyList<PurchaseHistoryItem> Purchases);

/// <summary>A recorded purchase with what has been refunded of it.</summary>
/// <param name="PurchaseId">The purchase's id in Points.</param>
/// <param name="ExternalOrderId">The till's order id.</param>
/// <param name="MemberId">The paying member.</param>
/// <param name="StoreId">The store where it was paid.</param>
/// <param name="Amount">What was paid, in CNY.</param>
/// <param name="RefundedAmount">What refunds have given back of it so far, in CNY.</param>
/// <param name="Items">What was bought, with each item's category.</param>
/// <param name="PaidAt">When it was paid (UTC).</param>
/// <param name="PointsEarned">All points it earned.</param>
/// <param name="Refunds">Its refunds, oldest first.</param>
/// <param name="AdvisorId">The staff member who advised on the purchase; null when the POS did not say.</param>
public sealed record PurchaseHistoryItem(
    Guid PurchaseId,
    string ExternalOrderId,
    Guid MemberId,
    string StoreId,
    decimal Amount,
    decimal RefundedAmount,
    IReadOnlyList<PurchaseLine> Items,
    DateTimeOffset PaidAt,
    long PointsEarned,
    IReadOnlyList<PurchaseRefund> Refunds,
    string? AdvisorId)
{
    public static PurchaseHistoryItem From(Purchase purchase, IEnumerable<Refund> refunds) => new(
        purchase.Id,
        purchase.ExternalOrderId,
        purchase.MemberId,
        purchase.StoreId,
        purchase.Amount,
        purchase.RefundedAmount,
        purchase.Items,
        purchase.PaidAt,
        purchase.PointsEarned,
        refunds.OrderBy(r => r.RefundedAt)
            .Select(r => new PurchaseRefund(r.Id, r.Amount, r.PointsTakenBack, r.RefundedAt)).ToArray(),
        purchase.AdvisorId);
}

/// <summary>One refund of a purchase.</summary>
/// <param name="RefundId">The refund's id.</param>
/// <param name="Amount">CNY refunded.</param>
/// <param name="PointsTakenBack">Points taken back off the balance.</param>
/// <param name="RefundedAt">When it was refunded (UTC).</param>
public sealed record PurchaseRefund(Guid RefundId, decimal Amount, long PointsTakenBack, DateTimeOffset RefundedAt);
