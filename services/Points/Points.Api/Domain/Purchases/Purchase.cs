namespace Loyalty.Points.Api.Domain.Purchases;

/// <summary>
/// A treatment purchase recorded by front-desk staff. ExternalOrderId (the POS's id) is unique: recording it twice
/// records it once.
/// </summary>
public sealed class Purchase
{
    private Purchase()
    {
    }

    public Guid Id { get; private set; }

    public string ExternalOrderId { get; private set; } = "";

    public Guid MemberId { get; private set; }

    public string StoreId { get; private set; } = "";

    public decimal Amount { get; private set; }

    public List<PurchaseLine> Items { get; private set; } = [];

    public DateTimeOffset PaidAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public long PointsEarned { get; private set; }

    /// <summary>The coupons redeemed for this order, as the POS named them (normalised).</summary>
    public List<string> CouponCodes { get; private set; } = [];

    /// <summary>The staff member who advised on the purchase (the POS's staff code), if the POS said.</summary>
    public string? AdvisorId { get; private set; }

    public decimal RefundedAmount { get; private set; }

    /// <summary>Points already accounted for by earlier refunds (taken back or recorded as shortfall).</summary>
    public long PointsReversed { get; private set; }

    public decimal Refundable => Amount - RefundedAmount;

    /// <summary>
    /// The points a refund of <paramref name="amount"/> reverses: the refunded share of what the purchase earned,
    /// rounded down; the refund that completes the purchase reverses exactly what is left, so nothing is lost to
    /// rounding.
    /// </summary>
    public long PointsDueFor(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(amount, Refundable);
        return amount == Refundable
            ? PointsEarned - PointsReversed
            : Math.Min(PointsEarned - PointsReversed, (long)decimal.Floor(PointsEarned * amount / Amount));
    }

    public void ApplyRefund(decimal amount, long pointsReversed)
    {
        RefundedAmount += amount;
        PointsReversed += pointsReversed;
    }

    /// <summary>
    /// Refunds <paramref name="amount"/>: <paramref name="pointsDue"/> (<see cref="PointsDueFor"/>) are accounted for,
    /// of which <paramref name="pointsTakenBack"/> came off the balance; the rest is the refund's shortfall.
    /// </summary>
    public Refund RecordRefund(
        Guid refundId, Guid? requestId, decimal amount, long pointsDue, long pointsTakenBack, DateTimeOffset now)
    {
        var refund = Refund.Of(this, refundId, requestId, amount, pointsDue, pointsTakenBack, now);
        ApplyRefund(amount, pointsDue);
        return refund;
    }

    public static Purchase Record(ValidatedPurchase purchase, long pointsEarned, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ExternalOrderId = purchase.ExternalOrderId,
        MemberId = purchase.MemberId,
        StoreId = purchase.StoreId,
        Amount = purchase.Amount,
        Items = [.. purchase.Items],
        PaidAt = purchase.PaidAt,
        RecordedAt = now,
        PointsEarned = pointsEarned,
        CouponCodes = [.. purchase.CouponCodes],
        AdvisorId = purchase.AdvisorId,
    };

    public string SourceRef => $"purchase:{ExternalOrderId}";
}
