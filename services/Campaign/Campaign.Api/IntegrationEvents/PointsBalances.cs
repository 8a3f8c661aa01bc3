using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.IntegrationEvents;

internal static class PointsBalances
{
    /// <summary>Keeps the balance of the latest event (by OccurredAt): an older event arriving late changes nothing.</summary>
    public static async Task ApplyAsync(CampaignDbContext db, Guid memberId, long balanceAfter, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = await db.PointsBalances.FromSql($"""SELECT * FROM points_balances WHERE "MemberId" = {memberId} FOR UPDATE""").SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            db.PointsBalances.Add(new PointsBalance { MemberId = memberId, Balance = balanceAfter, AsOf = at.ToUniversalTime() });
        }
        else if (row.AsOf <= at)
        {
            (row.Balance, row.AsOf) = (balanceAfter, at.ToUniversalTime());
        }
    }
}
