namespace Loyalty.Points.Api.Domain.Purchases;

/// <summary>
/// A full or partial refund of a purchase. PointsDue is what the refunded share of the purchase earned;
/// PointsTakenBack what the balance allowed; ShortfallPoints the rest, recorded rather than driving the balance
/// negative. Made by <see cref="Purchase.RecordRefund"/>.
/// </summary>
public sealed class Refund
{
    private Refund()
    {
    }

    public Guid Id { get; private set; }

    public Guid? RequestId { get; private set; }

    public Guid PurchaseId { get; private set; }

    public string ExternalOrderId { get; private set; } = "";

    public Guid MemberId { get; private set; }

    public decimal Amount { get; private set; }

    public bool CompletesRefund { get; private set; }

    public long PointsDue { get; private set; }

    public long PointsTakenBack { get; private set; }

    public long ShortfallPoints { get; private set; }

    public DateTimeOffset RefundedAt { get; private set; }

    /// <summary>The ledger source reference of the points a refund takes back.</summary>
    public static string SourceRefFor(Guid refundId) => $"refund:{refundId}";

    internal static Refund Of(
        Purchase purchase, Guid id, Guid? requestId, decimal amount, long pointsDue, long pointsTakenBack,
        DateTimeOffset now) => new()
    {
        Id = id,
        RequestId = requestId,
        PurchaseId = purchase.Id,
        ExternalOrderId = purchase.ExternalOrderId,
        MemberId = purchase.MemberId,
        Amount = amount,
        CompletesRefund = amount == purchase.Refundable,
        PointsDue = pointsDue,
        PointsTakenBack = pointsTakenBack,
        ShortfallPoints = pointsDue - pointsTakenBack,
        RefundedAt = now,
    };
}
