namespace Loyalty.Points.Api.Apis;

/// <summary>
/// What happened for one member of a bulk adjustment: Applied, or why not (NoAccount, InsufficientPoints).
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="Outcome">Applied, or why not: NoAccount, InsufficientPoints.</param>
/// <param name="BalanceAfter">The balance after the adjustment; null when not applied.</param>
public sealed record AdjustmentResult(Guid MemberId, string Outcome, long? BalanceAfter);
