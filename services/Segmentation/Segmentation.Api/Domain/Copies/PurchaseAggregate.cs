namespace Loyalty.Segmentation.Api.Domain.Copies;

/// <summary>
/// A member's RFM inputs from their purchases: a purchase counts when something of it is left after refunds (a fully
/// refunded purchase is as if it never happened); spend is the net total; the days are clinic calendar days.
/// </summary>
public sealed record PurchaseAggregate(
    int Purchases, decimal Spend, DateOnly? FirstPurchaseOn, DateOnly? LastPurchaseOn)
{
    public static PurchaseAggregate Of(IEnumerable<MemberPurchase> purchases)
    {
        var counted = purchases.Where(p => p.Net > 0).ToList();
        return counted.Count == 0
            ? new PurchaseAggregate(0, 0m, null, null)
            : new PurchaseAggregate(
                counted.Count, counted.Sum(p => p.Net), counted.Min(p => p.PaidOn), counted.Max(p => p.PaidOn));
    }
}
