namespace Loyalty.Points.Api.Domain;

/// <summary>
/// A full or partial refund of a purchase. PointsDue is what the refunded share of the purchase earned;
/// PointsTakenBack what the balance allowed; ShortfallPoints the rest, recorded rather than driving the balance negative.
/// </summary>
public sealed class Refund
{
    public Guid Id { get; init; }

    public Guid? RequestId { get; init; }

    public Guid PurchaseId { get; init; }

    public required string ExternalOrderId { get; init; }

    public Guid MemberId { get; init; }

    public decimal Amount { get; init; }

    public bool CompletesRefund { get; init; }

    public long PointsDue { get; init; }

    public long PointsTakenBack { get; init; }

    public long ShortfallPoints { get; init; }

    public DateTimeOffset RefundedAt { get; init; }
}
