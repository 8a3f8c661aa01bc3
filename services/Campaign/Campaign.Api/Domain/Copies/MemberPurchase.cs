namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>The Campaign service's copy of a purchase (from PurchaseRecorded/PurchaseRefunded), for KPIs.</summary>
public sealed class MemberPurchase
{
    public Guid PurchaseId { get; init; }

    public Guid MemberId { get; init; }

    /// <summary>The POS's order id, which a coupon redeemed for it carries (RedeemedOrderId); null on copies made before it was kept.</summary>
    public string? ExternalOrderId { get; init; }

    public decimal Amount { get; init; }

    /// <summary>What refunds took back so far.</summary>
    public decimal Refunded { get; set; }

    public DateTimeOffset PaidAt { get; init; }
}
