using Delivery = Loyalty.Campaign.Api.Domain.Campaigns.CampaignDelivery;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;

namespace Loyalty.Campaign.Api.Infrastructure.Sql;

/// <summary>
/// The campaign KPIs in one statement over the service's own data (docs/kpis.md): deliveries treated and held out,
/// coupons, and the copies of purchases and tier changes, in each member's outcome window (reachedAt, reachedAt + {3}
/// days]. {0} from, {1} to (members reached in [from, to)), {2} campaign (null: all), {3} the window in days.
/// One row per group (treated, holdout).
/// </summary>
internal static class KpiSql
{
    public static readonly ModelSql<CampaignDbContext> Groups = new(n =>
    {
        string D(string property) => n.Column<Delivery>(property);
        string C(string property) => n.Column<Coupon>(property);
        string P(string property) => n.Column<MemberPurchase>(property);
        string T(string property) => n.Column<TierChange>(property);
        var (outcome, share, at) = (D(nameof(Delivery.Outcome)), D(nameof(Delivery.ShareKey)), D(nameof(Delivery.At)));
        var (member, couponId) = (D(nameof(Delivery.MemberId)), D(nameof(Delivery.CouponId)));
        const string treated = $"'{nameof(DeliveryOutcome.Treated)}'";
        const string dormant = $"'{BudgetSplit.Dormant}'";
        return $$"""
            WITH d AS (
                SELECT d.{{D(nameof(Delivery.CampaignId))}}, d.{{member}}, d.{{outcome}}, d.{{share}},
                       d.{{D(nameof(Delivery.Cost))}} AS cost, d.{{at}}, d.{{couponId}}
                FROM {{n.Table<Delivery>()}} d
                WHERE d.{{at}} >= {0} AND d.{{at}} < {1}
                  AND d.{{outcome}} IN ({{treated}}, '{{nameof(DeliveryOutcome.Holdout)}}')
                  AND ({2}::uuid IS NULL OR d.{{D(nameof(Delivery.CampaignId))}} = {2})
            ), o AS (
                SELECT d.*, p.orders, p.revenue,
                       c.{{C(nameof(Coupon.Status))}} = '{{nameof(CouponStatus.Redeemed)}}' AS redeemed,
                       coalesce(c.{{C(nameof(Coupon.DiscountAmount))}}, 0) AS discount,
                       coalesce(c.{{C(nameof(Coupon.FaceValue))}}, 0) AS face,
                       EXISTS (SELECT 1 FROM {{n.Table<TierChange>()}} t
                               WHERE t.{{T(nameof(TierChange.MemberId))}} = d.{{member}}
                                 AND t.{{T(nameof(TierChange.Upgrade))}}
                                 AND t.{{T(nameof(TierChange.At))}} > d.{{at}}
                                 AND t.{{T(nameof(TierChange.At))}} <= d.{{at}} + make_interval(days => {3}))
                           AS upgraded
                FROM d
                LEFT JOIN {{n.Table<Coupon>()}} c ON c.{{C(nameof(Coupon.Id))}} = d.{{couponId}}
                CROSS JOIN LATERAL (
                    SELECT count(*) AS orders,
                           coalesce(sum(p.{{P(nameof(MemberPurchase.Amount))}}
                                        - p.{{P(nameof(MemberPurchase.Refunded))}}), 0) AS revenue
                    FROM {{n.Table<MemberPurchase>()}} p
                    WHERE p.{{P(nameof(MemberPurchase.MemberId))}} = d.{{member}}
                      AND p.{{P(nameof(MemberPurchase.PaidAt))}} > d.{{at}}
                      AND p.{{P(nameof(MemberPurchase.PaidAt))}} <= d.{{at}} + make_interval(days => {3})) p
            )
            SELECT {{outcome}} = {{treated}} AS "Treated",
                   count(*)::int AS "Members",
                   count(*) FILTER (WHERE orders > 0)::int AS "Repurchasers",
                   coalesce(sum(orders), 0)::int AS "Orders",
                   coalesce(sum(revenue), 0) AS "Revenue",
                   count(*) FILTER (WHERE {{couponId}} IS NOT NULL)::int AS "Issued",
                   count(*) FILTER (WHERE redeemed)::int AS "Redeemed",
                   count(*) FILTER (WHERE redeemed OR orders > 0)::int AS "Participants",
                   count(*) FILTER (WHERE {{share}} = {{dormant}})::int AS "Dormant",
                   count(*) FILTER (WHERE {{share}} = {{dormant}} AND orders > 0)::int AS "Woken",
                   count(*) FILTER (WHERE upgraded)::int AS "Upgraded",
                   coalesce(sum(CASE WHEN redeemed THEN discount ELSE 0 END + cost - face)
                            FILTER (WHERE {{outcome}} = {{treated}}), 0) AS "Cost"
            FROM o GROUP BY {{outcome}} = {{treated}}
            """;
    });
}

/// <summary>The KPI inputs of one group of reached members (treated or held out).</summary>
internal sealed class KpiGroupRow
{
    public bool Treated { get; init; }

    public int Members { get; init; }

    public int Repurchasers { get; init; }

    public int Orders { get; init; }

    public decimal Revenue { get; init; }

    public int Issued { get; init; }

    public int Redeemed { get; init; }

    public int Participants { get; init; }

    public int Dormant { get; init; }

    public int Woken { get; init; }

    public int Upgraded { get; init; }

    public decimal Cost { get; init; }
}
