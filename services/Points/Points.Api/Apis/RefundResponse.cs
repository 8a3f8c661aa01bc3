using Loyalty.Points.Api.Domain;

namespace Loyalty.Points.Api.Apis;

public sealed record RefundResponse(
    Guid RefundId, string ExternalOrderId, Guid MemberId, decimal Amount, bool CompletesRefund, long PointsDue, long PointsTakenBack, long ShortfallPoints, DateTimeOffset RefundedAt)
{
    public static RefundResponse From(Refund refund) => new(
        refund.Id, refund.ExternalOrderId, refund.MemberId, refund.Amount, refund.CompletesRefund, refund.PointsDue, refund.PointsTakenBack, refund.ShortfallPoints, refund.RefundedAt);
}
