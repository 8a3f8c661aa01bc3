using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;

namespace Loyalty.Campaign.Api.Infrastructure.Sql;

internal static class CouponSql
{
    /// <summary>
    /// Marks at most {1} active coupons past their validity at {0} as Expired; replicas share the work (SKIP LOCKED).
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> ExpireDue = new(n =>
    {
        string C(string property) => n.Column<Coupon>(property);
        var (coupons, id, status) = (n.Table<Coupon>(), C(nameof(Coupon.Id)), C(nameof(Coupon.Status)));
        return $$"""
            UPDATE {{coupons}}
            SET {{status}} = '{{nameof(CouponStatus.Expired)}}', {{C(nameof(Coupon.ExpiredAt))}} = {0}
            WHERE {{id}} IN (SELECT {{id}} FROM {{coupons}}
                             WHERE {{status}} = '{{nameof(CouponStatus.Active)}}'
                               AND {{C(nameof(Coupon.ValidUntil))}} <= {0}
                             LIMIT {1} FOR UPDATE SKIP LOCKED)
            """;
    });
}
