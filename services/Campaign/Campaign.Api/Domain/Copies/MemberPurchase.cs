namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>
/// The Campaign service's copy of a purchase (from PurchaseRecorded/PurchaseRefunded), for KPIs. Refunds are added in
/// one statement (Infrastructure/Sql/PurchaseRefunds), never past the amount.
/// </summary>
public sealed class MemberPurchase
{
    private MemberPurchase()
    {
    }

    public Guid PurchaseId { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>
    /// The POS's order id, which a coupon redeemed for it carries (RedeemedOrderId); null on copies made before it
    /// was kept.
    /// </summary>
    public string? ExternalOrderId { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>What refunds took back so far.</summary>
    public decimal Refunded { get; private set; }

    public DateTimeOffset PaidAt { get; private set; }

    public static MemberPurchase Recorded(
        Guid purchaseId, Guid memberId, string? externalOrderId, decimal amount, DateTimeOffset paidAt) => new()
    {
        PurchaseId = purchaseId, MemberId = memberId, ExternalOrderId = externalOrderId, Amount = amount,
        PaidAt = paidAt.ToUniversalTime(),
    };
}
