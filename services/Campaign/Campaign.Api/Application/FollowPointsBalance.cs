using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Keeps the copy of a member's points balance (for the points liability) from any Points event that states it
/// (earned, redeemed, expired), inside the consumer's transaction; the row is locked so two events queue.
/// </summary>
public sealed class FollowPointsBalance(CampaignDbContext db)
{
    public async Task HandleAsync(
        Guid memberId, long balanceAfter, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.LockPointsBalanceAsync(memberId, cancellationToken) is { } balance)
        {
            balance.Follow(balanceAfter, at);
        }
        else
        {
            db.PointsBalances.Add(PointsBalance.Stated(memberId, balanceAfter, at));
        }
    }
}
