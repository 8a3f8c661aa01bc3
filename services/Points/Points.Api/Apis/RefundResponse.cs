using Loyalty.Points.Api.Domain.Purchases;

namespace Loyalty.Points.Api.Apis;

/// <param name="RefundId">The refund's id.</param>
/// <param name="ExternalOrderId">The refunded purchase's order id.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Amount">CNY refunded.</param>
/// <param name="CompletesRefund">Whether nothing of the purchase is left to refund.</param>
/// <param name="PointsDue">Points the refund should take back.</param>
/// <param name="PointsTakenBack">Points taken back (as far as the balance allowed).</param>
/// <param name="ShortfallPoints">Points that could not be taken back (already spent).</param>
/// <param name="RefundedAt">When it was refunded (UTC).</param>
public sealed record RefundResponse(
    Guid RefundId,
    string ExternalOrderId,
    Guid MemberId,
    decimal Amount,
    bool CompletesRefund,
    long PointsDue,
    long PointsTakenBack,
    long ShortfallPoints,
    DateTimeOffset RefundedAt)
{
    public static RefundResponse From(Refund refund) => new(
        refund.Id, refund.ExternalOrderId, refund.MemberId, refund.Amount, refund.CompletesRefund, refund.PointsDue,
        refund.PointsTakenBack, refund.ShortfallPoints, refund.RefundedAt);
}
