namespace Loyalty.Points.Api.Domain.Accounts;

/// <summary>
/// How a spend is taken from a member's lots: the lots that expire first are used first; expired lots are not
/// spendable.
/// </summary>
public static class LotSpending
{
    /// <summary>
    /// The points to take from each lot, or null when the spendable lots do not cover <paramref name="points"/>.
    /// </summary>
    public static IReadOnlyList<(PointsLot Lot, long Points)>? Plan(
        IEnumerable<PointsLot> lots, long points, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        var plan = new List<(PointsLot, long)>();
        var left = points;
        var spendable = lots.Where(l => l.Remaining > 0 && l.ExpiresAt > now)
            .OrderBy(l => l.ExpiresAt).ThenBy(l => l.Id);
        foreach (var lot in spendable)
        {
            var take = Math.Min(left, lot.Remaining);
            plan.Add((lot, take));
            left -= take;
            if (left == 0)
            {
                return plan;
            }
        }

        return null;
    }
}
