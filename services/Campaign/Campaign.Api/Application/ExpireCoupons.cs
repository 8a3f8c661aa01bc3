using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Marks active coupons past their validity as Expired, in batches that replicas share (each skips the rows another
/// holds).
/// </summary>
public sealed class ExpireCoupons(CampaignDbContext db, TimeProvider timeProvider)
{
    /// <summary>Coupons marked per statement.</summary>
    public const int BatchSize = 1000;

    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var total = 0;
        int marked;
        do
        {
            marked = await CouponSql.ExpireDue.ExecuteAsync(db, cancellationToken, now, BatchSize);
            total += marked;
        }
        while (marked > 0);

        return total;
    }
}
