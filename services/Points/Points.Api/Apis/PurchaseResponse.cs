using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Earning;
using Loyalty.Points.Api.Domain.Purchases;

namespace Loyalty.Points.Api.Apis;

/// <param name="PurchaseId">The purchase's id in Points.</param>
/// <param name="ExternalOrderId">The till's order id.</param>
/// <param name="MemberId">The paying member.</param>
/// <param name="StoreId">The store where it was paid.</param>
/// <param name="Amount">What was paid, in CNY.</param>
/// <param name="Items">What was bought.</param>
/// <param name="PaidAt">When it was paid (UTC).</param>
/// <param name="RecordedAt">When Points recorded it (UTC).</param>
/// <param name="PointsEarned">All points it earned.</param>
/// <param name="Earned">The points per earning rule, in the order the rules apply.</param>
/// <param name="CouponCodes">The codes of the coupons redeemed for this order at checkout.</param>
/// <param name="AdvisorId">The staff member who advised on the purchase; null when the POS did not say.</param>
public sealed record PurchaseResponse(
    Guid PurchaseId,
    string ExternalOrderId,
    Guid MemberId,
    string StoreId,
    decimal Amount,
    IReadOnlyList<PurchaseLine> Items,
    DateTimeOffset PaidAt,
    DateTimeOffset RecordedAt,
    long PointsEarned,
    IReadOnlyList<EarnedPoints> Earned,
    IReadOnlyList<string> CouponCodes,
    string? AdvisorId)
{
    public static PurchaseResponse From(RecordedPurchase recorded) => From(recorded.Purchase, recorded.Earned);

    private static PurchaseResponse From(Purchase purchase, IEnumerable<LedgerEntry> entries) => new(
        purchase.Id,
        purchase.ExternalOrderId,
        purchase.MemberId,
        purchase.StoreId,
        purchase.Amount,
        purchase.Items,
        purchase.PaidAt,
        purchase.RecordedAt,
        purchase.PointsEarned,
        entries.OrderBy(e => EarningRuleCodes.Rank(e.Reason))
            .Select(e => new EarnedPoints(e.Reason, e.Points)).ToArray(),
        purchase.CouponCodes,
        purchase.AdvisorId);
}
