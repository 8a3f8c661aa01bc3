namespace Loyalty.Points.Api.Apis;

/// <summary>Amount: CNY to refund, all that is left when omitted. RequestId: optional, a retry with the same id refunds once.</summary>
public sealed record RefundRequest(decimal? Amount, Guid? RequestId);
