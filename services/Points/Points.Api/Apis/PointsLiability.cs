namespace Loyalty.Points.Api.Apis;

/// <summary>
/// The points the chain owes its members now; formulas in docs/kpis.md. In points only: the earning policy says what a
/// purchase earns, not what a point is worth.
/// </summary>
/// <param name="OutstandingPoints">The sum of every account's balance.</param>
/// <param name="AccountsWithBalance">Accounts whose balance is above zero.</param>
/// <param name="ExpiringNext30Days">Points in lots that expire within the next 30 days, unless spent first.</param>
/// <param name="AsOf">When the figures were read (UTC).</param>
public sealed record PointsLiability(
    long OutstandingPoints, int AccountsWithBalance, long ExpiringNext30Days, DateTimeOffset AsOf);
