namespace Loyalty.Points.Api.Apis;

/// <summary>What happened for one member of a bulk adjustment: Applied, or why not (NoAccount, InsufficientPoints).</summary>
public sealed record AdjustmentResult(Guid MemberId, string Outcome, long? BalanceAfter);
