namespace Loyalty.Segmentation.Api.Domain;

/// <summary>A purchase as RFM and the models see it: the clinic day it was paid and its amount net of refunds.</summary>
public sealed class MemberPurchase
{
    public Guid PurchaseId { get; init; }

    public Guid MemberId { get; init; }

    public DateTimeOffset PaidAt { get; init; }

    /// <summary>The clinic calendar day of PaidAt (Asia/Shanghai).</summary>
    public DateOnly PaidOn { get; init; }

    public decimal Amount { get; init; }

    public decimal RefundedAmount { get; set; }

    public decimal Net => Amount - RefundedAmount;
}
