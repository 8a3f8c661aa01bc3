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
/// days]. {0} from, {1} to (members reached in [from, to)), {2} campaign (null: all), {3} the window in days, {4} the
/// members' home store (null: all). One row per group (treated, holdout).
/// </summary>
internal static class KpiSql
{
    public static readonly ModelSql<CampaignDbContext> Groups = new(n =>
    {
        string D(string property) => n.Column<Delivery>(property);
        string C(string property) => n.Column<Coupon>(property);
        string P(string property) => n.Column<MemberPurchase>(property);
        string T(string property) => n.Column<TierChange>(property);
        var atStore = AtStore(n, $"d.{D(nameof(Delivery.MemberId))}", "{4}");
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
                  AND {{atStore}}
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

    /// <summary>
    /// The feedback block (docs/kpis.md): the survey answers of the members reached in [{0}, {1}), treated and held
    /// out, that they gave after they were reached and before the campaign's end (or {4}, now); {2} campaign (null:
    /// all), {3} the members' home store (null: all); {5} the lowest promoter and {6} the highest detractor answer
    /// (NetPromoterScore's). An answer counts once per group however often its member was reached.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> Feedback = new(n =>
    {
        string D(string property) => n.Column<Delivery>(property);
        string A(string property) => n.Column<SurveyAnswer>(property);
        string M(string property) => n.Column<MarketingCampaign>(property);
        var (outcome, at, campaignId, member) = (D(nameof(Delivery.Outcome)), D(nameof(Delivery.At)),
            D(nameof(Delivery.CampaignId)), D(nameof(Delivery.MemberId)));
        var (nps, answeredAt) = (A(nameof(SurveyAnswer.Nps)), A(nameof(SurveyAnswer.AnsweredAt)));
        var (treatment, clinic) =
            (A(nameof(SurveyAnswer.TreatmentSatisfaction)), A(nameof(SurveyAnswer.ClinicSatisfaction)));
        const string treated = $"'{nameof(DeliveryOutcome.Treated)}'";
        return $$"""
            WITH d AS (
                SELECT d.{{member}} AS member, d.{{outcome}} = {{treated}} AS treated, d.{{at}} AS reached_at,
                       coalesce(c.{{M(nameof(MarketingCampaign.EndsAt))}}, {4}) AS until
                FROM {{n.Table<Delivery>()}} d
                JOIN {{n.Table<MarketingCampaign>()}} c ON c.{{M(nameof(MarketingCampaign.Id))}} = d.{{campaignId}}
                WHERE d.{{at}} >= {0} AND d.{{at}} < {1}
                  AND d.{{outcome}} IN ({{treated}}, '{{nameof(DeliveryOutcome.Holdout)}}')
                  AND ({2}::uuid IS NULL OR d.{{campaignId}} = {2})
                  AND {{AtStore(n, $"d.{member}", "{3}")}}
            ), answers AS (
                SELECT DISTINCT d.treated, a.{{A(nameof(SurveyAnswer.AnswerId))}}, a.{{nps}}, a.{{treatment}},
                       a.{{clinic}}
                FROM d JOIN {{n.Table<SurveyAnswer>()}} a
                    ON a.{{A(nameof(SurveyAnswer.MemberId))}} = d.member
                   AND a.{{answeredAt}} > d.reached_at AND a.{{answeredAt}} <= d.until
            )
            SELECT treated AS "Treated",
                   count(*)::int AS "Answers",
                   count(*) FILTER (WHERE {{nps}} >= {5}::int)::int AS "Promoters",
                   count(*) FILTER (WHERE {{nps}} > {6}::int AND {{nps}} < {5}::int)::int AS "Passives",
                   count(*) FILTER (WHERE {{nps}} <= {6}::int)::int AS "Detractors",
                   avg({{treatment}})::float8 AS "TreatmentSatisfaction",
                   avg({{clinic}})::float8 AS "ClinicSatisfaction"
            FROM answers GROUP BY treated
            """;
    });

    /// <summary>
    /// The chain's dashboard figures (docs/kpis.md) in one row: {0} from, {1} to ([from, to)), {2} the members' home
    /// store (null: all), {3} the window in days. A purchase counts while refunds have not taken all of it back.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> Chain = new(n =>
    {
        string P(string property) => n.Column<MemberPurchase>(property);
        string K(string property) => n.Column<KnownMember>(property);
        string C(string property) => n.Column<Coupon>(property);
        var (member, paidAt) = (P(nameof(MemberPurchase.MemberId)), P(nameof(MemberPurchase.PaidAt)));
        var counts = $"q.{P(nameof(MemberPurchase.Amount))} > q.{P(nameof(MemberPurchase.Refunded))}";
        var registeredAt = $"k.{K(nameof(KnownMember.RegisteredAt))}";
        return $$"""
            WITH bought AS (
                SELECT q.{{member}}, q.{{paidAt}} FROM {{n.Table<MemberPurchase>()}} q
                WHERE q.{{paidAt}} >= {0} AND q.{{paidAt}} < {1} AND {{counts}}
                  AND {{AtStore(n, $"q.{member}", "{2}")}}
            ), buyers AS (
                SELECT b.{{member}},
                       bool_or(EXISTS (SELECT 1 FROM {{n.Table<MemberPurchase>()}} q
                                       WHERE q.{{member}} = b.{{member}} AND {{counts}}
                                         AND q.{{paidAt}} > b.{{paidAt}}
                                         AND q.{{paidAt}} <= b.{{paidAt}} + make_interval(days => {3})))
                           AS repurchased
                FROM bought b GROUP BY b.{{member}}
            ), newcomers AS (
                SELECT (SELECT count(*) FROM {{n.Table<MemberPurchase>()}} q
                        WHERE q.{{member}} = k.{{K(nameof(KnownMember.MemberId))}} AND {{counts}}
                          AND q.{{paidAt}} >= {{registeredAt}}
                          AND q.{{paidAt}} <= {{registeredAt}} + make_interval(days => {3})) AS orders
                FROM {{n.Table<KnownMember>()}} k
                WHERE {{registeredAt}} >= {0} AND {{registeredAt}} < {1}
                  AND ({2}::text IS NULL OR k.{{K(nameof(KnownMember.HomeStoreId))}} = {2})
            ), issued AS (
                SELECT c.{{C(nameof(Coupon.Status))}} = '{{nameof(CouponStatus.Redeemed)}}' AS redeemed
                FROM {{n.Table<Coupon>()}} c
                WHERE c.{{C(nameof(Coupon.IssuedAt))}} >= {0} AND c.{{C(nameof(Coupon.IssuedAt))}} < {1}
                  AND {{AtStore(n, $"c.{C(nameof(Coupon.MemberId))}", "{2}")}}
            )
            SELECT (SELECT count(*) FROM buyers)::int AS "Buyers",
                   (SELECT count(*) FILTER (WHERE repurchased) FROM buyers)::int AS "Repurchasers",
                   (SELECT count(*) FROM newcomers)::int AS "NewMembers",
                   (SELECT count(*) FILTER (WHERE orders >= 1) FROM newcomers)::int AS "NewBuyers",
                   (SELECT count(*) FILTER (WHERE orders >= 2) FROM newcomers)::int AS "NewRepurchasers",
                   (SELECT count(*) FROM issued)::int AS "CouponsIssued",
                   (SELECT count(*) FILTER (WHERE redeemed) FROM issued)::int AS "CouponsRedeemed"
            """;
    });

    /// <summary>True when the member's home store is the one <paramref name="store"/> names (all when null).</summary>
    private static string AtStore(SqlNames n, string memberColumn, string store) =>
        $"""
        ({store}::text IS NULL OR EXISTS (
            SELECT 1 FROM {n.Table<KnownMember>()} k
            WHERE k.{n.Column<KnownMember>(nameof(KnownMember.MemberId))} = {memberColumn}
              AND k.{n.Column<KnownMember>(nameof(KnownMember.HomeStoreId))} = {store}))
        """;
}

/// <summary>The inputs of the chain's dashboard figures.</summary>
internal sealed class ChainKpiRow
{
    public int Buyers { get; init; }

    public int Repurchasers { get; init; }

    public int NewMembers { get; init; }

    public int NewBuyers { get; init; }

    public int NewRepurchasers { get; init; }

    public int CouponsIssued { get; init; }

    public int CouponsRedeemed { get; init; }
}

/// <summary>The feedback inputs of one group of reached members (treated or held out).</summary>
internal sealed class FeedbackGroupRow
{
    public bool Treated { get; init; }

    public int Answers { get; init; }

    public int Promoters { get; init; }

    public int Passives { get; init; }

    public int Detractors { get; init; }

    public double? TreatmentSatisfaction { get; init; }

    public double? ClinicSatisfaction { get; init; }
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
