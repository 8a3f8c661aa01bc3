using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>Marks active coupons past their validity as Expired, in batches that replicas share (FOR UPDATE SKIP LOCKED).</summary>
public sealed class ExpireCoupons(CampaignDbContext db, TimeProvider timeProvider)
{
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var total = 0;
        int marked;
        do
        {
            marked = await db.Database.ExecuteSqlAsync($"""
                UPDATE coupons SET "Status" = 'Expired', "ExpiredAt" = {now}
                WHERE "Id" IN (SELECT "Id" FROM coupons WHERE "Status" = 'Active' AND "ValidUntil" <= {now} LIMIT 1000 FOR UPDATE SKIP LOCKED)
                """, cancellationToken);
            total += marked;
        }
        while (marked > 0);

        return total;
    }
}
