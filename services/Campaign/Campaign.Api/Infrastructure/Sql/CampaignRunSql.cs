using Delivery = Loyalty.Campaign.Api.Domain.Campaigns.CampaignDelivery;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Campaign.Api.Infrastructure;

namespace Loyalty.Campaign.Api.Infrastructure.Sql;

/// <summary>
/// The set-based statements of a campaign run (Application/CampaignExecutor), one round trip per step for a whole
/// batch of members: arrays go in through unnest. The rules (frequency window, outcomes) are the domain's and come in
/// as values.
/// </summary>
internal static class CampaignRunSql
{
    private const string Treated = nameof(DeliveryOutcome.Treated);
    private const string Holdout = nameof(DeliveryOutcome.Holdout);
    private const string FrequencyCapped = nameof(DeliveryOutcome.FrequencyCapped);

    /// <summary>
    /// One delivery per member and run key (held out or treated for now); returns the members new to this run key.
    /// {0} campaign, {1} run key, {2} now, {3} members, {4} held out, {5} share keys.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> RecordDeliveries = new(n =>
    {
        string D(string property) => n.Column<Delivery>(property);
        return $$"""
            INSERT INTO {{n.Table<Delivery>()}} ({{D(nameof(Delivery.CampaignId))}}, {{D(nameof(Delivery.MemberId))}},
                {{D(nameof(Delivery.RunKey))}}, {{D(nameof(Delivery.Outcome))}}, {{D(nameof(Delivery.ShareKey))}},
                {{D(nameof(Delivery.Cost))}}, {{D(nameof(Delivery.At))}})
            SELECT {0}::uuid, x.m, {1}::text, CASE WHEN x.h THEN '{{Holdout}}' ELSE '{{Treated}}' END, x.s, 0,
                   {2}::timestamptz
            FROM unnest({3}::uuid[], {4}::boolean[], {5}::text[]) AS x(m, h, s)
            ON CONFLICT DO NOTHING
            RETURNING {{D(nameof(Delivery.MemberId))}} AS "Value"
            """;
    });

    /// <summary>
    /// A retry: the members whose delivery under the run key the frequency window refused go on (as treated for now);
    /// returns them. {0} campaign, {1} run key, {2} members.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> ResumeCappedDeliveries = new(n =>
    {
        string D(string property) => n.Column<Delivery>(property);
        return $$"""
            UPDATE {{n.Table<Delivery>()}} SET {{D(nameof(Delivery.Outcome))}} = '{{Treated}}'
            WHERE {{D(nameof(Delivery.CampaignId))}} = {0} AND {{D(nameof(Delivery.RunKey))}} = {1}
              AND {{D(nameof(Delivery.MemberId))}} = ANY({2}::uuid[])
              AND {{D(nameof(Delivery.Outcome))}} = '{{FrequencyCapped}}'
            RETURNING {{D(nameof(Delivery.MemberId))}} AS "Value"
            """;
    });

    /// <summary>
    /// The frequency window, atomically: claims each member unless a campaign reached them after the cutoff
    /// (<see cref="FrequencyWindow.ReachableIfLastReachedBy"/>); returns the members claimed. {0} members, {1} now, {2}
    /// cutoff.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> ClaimContacts = new(n =>
    {
        var (table, member) = (n.Table<MemberContact>(), n.Column<MemberContact>(nameof(MemberContact.MemberId)));
        var last = n.Column<MemberContact>(nameof(MemberContact.LastTargetedAt));
        return $$"""
            INSERT INTO {{table}} ({{member}}, {{last}}) SELECT unnest({0}::uuid[]), {1}::timestamptz
            ON CONFLICT ({{member}}) DO UPDATE SET {{last}} = EXCLUDED.{{last}} WHERE {{table}}.{{last}} <= {2}
            RETURNING {{member}} AS "Value"
            """;
    });

    /// <summary>
    /// The run's coupons, as <see cref="Coupon.Issue"/> made them. {0} template, {1} campaign, {2} face value,
    /// {3} issued at, {4} ids, {5} codes, {6} members, {7} source refs, {8} valid from, {9} valid until.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> IssueCoupons = new(n =>
    {
        string C(string property) => n.Column<Coupon>(property);
        return $$"""
            INSERT INTO {{n.Table<Coupon>()}} ({{C(nameof(Coupon.Id))}}, {{C(nameof(Coupon.Code))}},
                {{C(nameof(Coupon.TemplateId))}}, {{C(nameof(Coupon.MemberId))}}, {{C(nameof(Coupon.CampaignId))}},
                {{C(nameof(Coupon.Source))}}, {{C(nameof(Coupon.SourceRef))}}, {{C(nameof(Coupon.FaceValue))}},
                {{C(nameof(Coupon.IssuedAt))}}, {{C(nameof(Coupon.ValidFrom))}}, {{C(nameof(Coupon.ValidUntil))}},
                {{C(nameof(Coupon.Status))}})
            SELECT x.id, x.code, {0}::uuid, x.m, {1}::uuid, '{{nameof(CouponSource.Campaign)}}', x.ref, {2}::numeric,
                   {3}::timestamptz, x.vf, x.vu, '{{nameof(CouponStatus.Active)}}'
            FROM unnest({4}::uuid[], {5}::text[], {6}::uuid[], {7}::text[], {8}::timestamptz[], {9}::timestamptz[])
                AS x(id, code, m, ref, vf, vu)
            """;
    });

    /// <summary>
    /// "Start a growth task": one per campaign, member and run key, as <see cref="GrowthTask.Start"/> describes it.
    /// {0} campaign, {1} run key, {2} kind, {3} name, {4} target, {5} started at, {6} expires at,
    /// {7} reward coupon template (may be null), {8} reward points, {9} ids, {10} members.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> StartGrowthTasks = new(n =>
    {
        string T(string property) => n.Column<GrowthTask>(property);
        return $$"""
            INSERT INTO {{n.Table<GrowthTask>()}} ({{T(nameof(GrowthTask.Id))}}, {{T(nameof(GrowthTask.CampaignId))}},
                {{T(nameof(GrowthTask.MemberId))}}, {{T(nameof(GrowthTask.RunKey))}}, {{T(nameof(GrowthTask.Kind))}},
                {{T(nameof(GrowthTask.Name))}}, {{T(nameof(GrowthTask.Target))}}, {{T(nameof(GrowthTask.Progress))}},
                {{T(nameof(GrowthTask.StartedAt))}}, {{T(nameof(GrowthTask.ExpiresAt))}},
                {{T(nameof(GrowthTask.RewardCouponTemplateId))}}, {{T(nameof(GrowthTask.RewardPoints))}})
            SELECT x.id, {0}::uuid, x.m, {1}::text, {2}::text, {3}::text, {4}::integer, 0, {5}::timestamptz,
                   {6}::timestamptz, {7}::uuid, {8}::bigint
            FROM unnest({9}::uuid[], {10}::uuid[]) AS x(id, m)
            ON CONFLICT DO NOTHING
            """;
    });

    /// <summary>
    /// The outcome, coupon and cost of each member that went past the holdout. On a retry a member treated now is
    /// dated now (the KPIs' response windows start at the treatment); one capped again keeps the first refusal's date.
    /// {0} retry, {1} now, {2} members, {3} outcomes, {4} coupon ids (null for none), {5} costs, {6} campaign, {7} run
    /// key.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> RecordOutcomes = new(n =>
    {
        string D(string property) => n.Column<Delivery>(property);
        return $$"""
            UPDATE {{n.Table<Delivery>()}} AS d SET {{D(nameof(Delivery.Outcome))}} = x.o,
                {{D(nameof(Delivery.CouponId))}} = x.cid, {{D(nameof(Delivery.Cost))}} = x.cost,
                {{D(nameof(Delivery.At))}} = CASE WHEN {0}::boolean AND x.o = '{{Treated}}' THEN {1}::timestamptz
                                                  ELSE d.{{D(nameof(Delivery.At))}} END
            FROM unnest({2}::uuid[], {3}::text[], {4}::uuid[], {5}::numeric[]) AS x(m, o, cid, cost)
            WHERE d.{{D(nameof(Delivery.CampaignId))}} = {6} AND d.{{D(nameof(Delivery.RunKey))}} = {7}
              AND d.{{D(nameof(Delivery.MemberId))}} = x.m
            """;
    });
}
