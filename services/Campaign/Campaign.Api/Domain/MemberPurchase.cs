namespace Loyalty.Campaign.Api.Domain;

/// <summary>The Campaign service's copy of a purchase (from PurchaseRecorded/PurchaseRefunded), for KPIs.</summary>
public sealed class MemberPurchase
{
    public Guid PurchaseId { get; init; }

    public Guid MemberId { get; init; }

    public decimal Amount { get; init; }

    /// <summary>What refunds took back so far.</summary>
    public decimal Refunded { get; set; }

    public DateTimeOffset PaidAt { get; init; }
}
