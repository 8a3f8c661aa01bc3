using Loyalty.BuildingBlocks.Time;

namespace Loyalty.Segmentation.Api.Domain.Copies;

/// <summary>
/// A purchase as RFM and the models see it (Points' PurchaseRecorded and PurchaseRefunded): the clinic day it was
/// paid and its amount net of refunds. The facts are as Points stated them; only refunds change it.
/// </summary>
public sealed class MemberPurchase
{
    private decimal _refundedAmount;

    public Guid PurchaseId { get; init; }

    public Guid MemberId { get; init; }

    public DateTimeOffset PaidAt { get; init; }

    /// <summary>The clinic calendar day of PaidAt (Asia/Shanghai).</summary>
    public DateOnly PaidOn { get; init; }

    public decimal Amount { get; init; }

    public decimal RefundedAmount { get => _refundedAmount; init => _refundedAmount = value; }

    public decimal Net => Amount - RefundedAmount;

    public static MemberPurchase Record(Guid purchaseId, Guid memberId, DateTimeOffset paidAt, decimal amount) => new()
    {
        PurchaseId = purchaseId,
        MemberId = memberId,
        PaidAt = paidAt.ToUniversalTime(),
        PaidOn = ClinicTime.DateOf(paidAt),
        Amount = amount,
    };

    /// <summary>Takes a refund off; refunds never take more than the purchase's amount.</summary>
    public void Refund(decimal amount) => _refundedAmount = Math.Min(Amount, _refundedAmount + amount);
}
