using Loyalty.Points.Api.Domain;

namespace Loyalty.Points.Api.Apis;

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
    IReadOnlyList<string> CouponCodes)
{
    public static PurchaseResponse From(Purchase purchase, IEnumerable<LedgerEntry> entries) => new(
        purchase.Id,
        purchase.ExternalOrderId,
        purchase.MemberId,
        purchase.StoreId,
        purchase.Amount,
        purchase.Items,
        purchase.PaidAt,
        purchase.RecordedAt,
        purchase.PointsEarned,
        entries.OrderBy(e => EarningRuleCodes.Rank(e.Reason)).Select(e => new EarnedPoints(e.Reason, e.Points)).ToArray(),
        purchase.CouponCodes);
}
