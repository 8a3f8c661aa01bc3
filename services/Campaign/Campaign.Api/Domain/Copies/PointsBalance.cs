using Loyalty.BuildingBlocks.Copies;

namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>
/// A member's points balance as of the latest Points event seen (by OccurredAt), for the points liability.
/// </summary>
public sealed class PointsBalance
{
    private PointsBalance()
    {
    }

    public Guid MemberId { get; private set; }

    public long Balance { get; private set; }

    public DateTimeOffset AsOf { get; private set; }

    public static PointsBalance Stated(Guid memberId, long balance, DateTimeOffset at) =>
        new() { MemberId = memberId, Balance = balance, AsOf = at.ToUniversalTime() };

    /// <summary>Takes the balance Points stated at <paramref name="at"/>, unless a later one is held.</summary>
    public void Follow(long balance, DateTimeOffset at)
    {
        if (LatestWins.Replaces(at, AsOf))
        {
            (Balance, AsOf) = (balance, at.ToUniversalTime());
        }
    }
}
