using Loyalty.BuildingBlocks.Copies;

namespace Loyalty.Segmentation.Api.Domain.Copies;

/// <summary>
/// Points events can arrive in any order; the balance is the BalanceAfter of the event that happened last (latest
/// wins). Events of one Points transaction share OccurredAt (a purchase's base and birthday lots): among those, an
/// earning with a higher balance or a spend/expiry with a lower one is the later, since one transaction only earns or
/// only spends.
/// </summary>
public static class PointsBalanceRule
{
    public static bool Replaces(
        DateTimeOffset? currentAt, long currentBalance, DateTimeOffset occurredAt, long balanceAfter, bool isEarning) =>
        currentAt is not { } at
        || (occurredAt == at
            ? isEarning ? balanceAfter > currentBalance : balanceAfter < currentBalance
            : LatestWins.Replaces(occurredAt, at));
}
