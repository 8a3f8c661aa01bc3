namespace Loyalty.Members.Api.Domain.Copies;

/// <summary>
/// Members' copy of a Points purchase (from PurchaseRecorded/PurchaseRefunded): what rolling spend is computed from.
/// A purchase is a fact recorded once; refunds add up to at most its amount, in one atomic UPDATE
/// (Infrastructure/Sql/PurchaseRefunds), since two refunds of one purchase may be handled at once. Neither is a
/// value that a later statement replaces, so this copy needs no latest-wins moment.
/// </summary>
public sealed class MemberPurchase
{
    private MemberPurchase()
    {
    }

    public Guid PurchaseId { get; private set; }

    public Guid MemberId { get; private set; }

    public decimal Amount { get; private set; }

    public decimal RefundedAmount { get; private set; }

    public DateTimeOffset PaidAt { get; private set; }

    public static MemberPurchase Record(Guid purchaseId, Guid memberId, decimal amount, DateTimeOffset paidAt) => new()
    {
        PurchaseId = purchaseId,
        MemberId = memberId,
        Amount = amount,
        PaidAt = paidAt,
    };
}
