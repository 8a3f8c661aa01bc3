using Loyalty.ServiceDefaults;

namespace Loyalty.Points.Api.Apis;

/// <summary>A refund of a recorded purchase, in full or in part.</summary>
/// <param name="Amount">CNY to refund; all that is left when left out.</param>
/// <param name="RequestId">Optional: a retry with the same id refunds once.</param>
public sealed record RefundRequest(decimal? Amount = null, Guid? RequestId = null) : IRequestExample<RefundRequest>
{
    public static RefundRequest Example { get; } = new(1_880m, Guid.Parse("0193a5b4-1b2c-7d3e-8f40-5a6b7c8d9e0f"));
}
