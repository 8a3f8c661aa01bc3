namespace Loyalty.Members.Api.Domain;

/// <summary>Members' copy of a purchase (from PurchaseRecorded/PurchaseRefunded): what rolling spend is computed from.</summary>
public sealed class MemberPurchase
{
    public Guid PurchaseId { get; init; }

    public Guid MemberId { get; init; }

    public decimal Amount { get; init; }

    public decimal RefundedAmount { get; set; }

    public DateTimeOffset PaidAt { get; init; }
}
