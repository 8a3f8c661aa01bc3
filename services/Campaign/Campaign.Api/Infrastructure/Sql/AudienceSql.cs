using Delivery = Loyalty.Campaign.Api.Domain.Campaigns.CampaignDelivery;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;

namespace Loyalty.Campaign.Api.Infrastructure.Sql;

/// <summary>
/// Who a campaign reaches, a batch at a time in member-id order: the audience of a run (every known member, or the
/// members of any target segment; a birthday run only those born in its month) with each member's latest lifecycle
/// segment (their budget share), and the capped deliveries due for a retry.
/// </summary>
internal static class AudienceSql
{
    /// <summary>All members after {0}, born in month {1} (0: any), at most {2}; {3} the lifecycle codes.</summary>
    public static readonly ModelSql<CampaignDbContext> AllMembers = new(n =>
    {
        var (members, id) = (n.Table<KnownMember>(), n.Column<KnownMember>(nameof(KnownMember.MemberId)));
        var birthMonth = n.Column<KnownMember>(nameof(KnownMember.BirthMonth));
        return $$"""
            SELECT a.{{id}} AS "MemberId", l."SegmentCode"
            FROM (SELECT {{id}} FROM {{members}} WHERE {{id}} > {0} AND ({1} = 0 OR {{birthMonth}} = {1})
                  ORDER BY {{id}} LIMIT {2}) a
            {{LatestLifecycle(n, "a." + id, "{3}")}}
            ORDER BY a.{{id}}
            """;
    });

    /// <summary>
    /// Members of any segment in {4} after {0}, born in month {1} (0: any), at most {2}; {3} the lifecycle codes.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> SegmentMembers = new(n =>
    {
        string S(string property) => n.Column<SegmentMembership>(property);
        var (segments, member) = (n.Table<SegmentMembership>(), S(nameof(SegmentMembership.MemberId)));
        var (members, memberId) = (n.Table<KnownMember>(), n.Column<KnownMember>(nameof(KnownMember.MemberId)));
        return $$"""
            SELECT a.{{member}} AS "MemberId", l."SegmentCode"
            FROM (SELECT DISTINCT {{member}} FROM {{segments}}
                  WHERE {{S(nameof(SegmentMembership.IsMember))}}
                    AND {{S(nameof(SegmentMembership.SegmentCode))}} = ANY({4}::text[]) AND {{member}} > {0}
                    AND ({1} = 0 OR EXISTS (SELECT 1 FROM {{members}} m WHERE m.{{memberId}} = {{segments}}.{{member}}
                                             AND m.{{n.Column<KnownMember>(nameof(KnownMember.BirthMonth))}} = {1}))
                  ORDER BY {{member}} LIMIT {2}) a
            {{LatestLifecycle(n, "a." + member, "{3}")}}
            ORDER BY a.{{member}}
            """;
    });

    /// <summary>
    /// A campaign's capped deliveries due for a retry, one per member (her latest), in member order: campaign {0},
    /// after member {1}, refused after {2} (<see cref="Delivery.CappedRetriedIfRefusedAfter"/>), run key {3} (null:
    /// any), nobody reached after {4} (<see cref="FrequencyWindow.ReachableIfLastReachedBy"/>), still in the audience
    /// (all members when {5}, else members of a segment in {6}), at most {7}.
    /// </summary>
    public static readonly ModelSql<CampaignDbContext> CappedDeliveriesDue = new(n =>
    {
        string D(string property) => n.Column<Delivery>(property);
        string S(string property) => n.Column<SegmentMembership>(property);
        var (deliveries, member) = (n.Table<Delivery>(), D(nameof(Delivery.MemberId)));
        var (campaign, at) = (D(nameof(Delivery.CampaignId)), D(nameof(Delivery.At)));
        var contactMember = n.Column<MemberContact>(nameof(MemberContact.MemberId));
        var knownMember = n.Column<KnownMember>(nameof(KnownMember.MemberId));
        return $$"""
            SELECT d.{{member}} AS "MemberId", d.{{D(nameof(Delivery.RunKey))}} AS "RunKey",
                   d.{{D(nameof(Delivery.ShareKey))}} AS "ShareKey"
            FROM {{deliveries}} d
            WHERE d.{{campaign}} = {0}
              AND d.{{D(nameof(Delivery.Outcome))}} = '{{nameof(DeliveryOutcome.FrequencyCapped)}}'
              AND d.{{member}} > {1} AND d.{{at}} > {2}
              AND ({3}::text IS NULL OR d.{{D(nameof(Delivery.RunKey))}} = {3})
              AND NOT EXISTS (SELECT 1 FROM {{deliveries}} later
                              WHERE later.{{campaign}} = d.{{campaign}} AND later.{{member}} = d.{{member}}
                                AND later.{{at}} > d.{{at}})
              AND NOT EXISTS (SELECT 1 FROM {{n.Table<MemberContact>()}} mc
                              WHERE mc.{{contactMember}} = d.{{member}}
                                AND mc.{{n.Column<MemberContact>(nameof(MemberContact.LastTargetedAt))}} > {4})
              AND CASE WHEN {5}::boolean
                       THEN EXISTS (SELECT 1 FROM {{n.Table<KnownMember>()}} m WHERE m.{{knownMember}} = d.{{member}})
                       ELSE EXISTS (SELECT 1 FROM {{n.Table<SegmentMembership>()}} s
                                    WHERE s.{{S(nameof(SegmentMembership.MemberId))}} = d.{{member}}
                                      AND s.{{S(nameof(SegmentMembership.IsMember))}}
                                      AND s.{{S(nameof(SegmentMembership.SegmentCode))}} = ANY({6}::text[])) END
            ORDER BY d.{{member}} LIMIT {7}
            """;
    });

    /// <summary>
    /// The member's latest lifecycle segment (codes in <paramref name="codes"/>), as l."SegmentCode".
    /// </summary>
    private static string LatestLifecycle(SqlNames n, string memberId, string codes)
    {
        string S(string property) => n.Column<SegmentMembership>(property);
        return $$"""
            LEFT JOIN LATERAL (SELECT s.{{S(nameof(SegmentMembership.SegmentCode))}} AS "SegmentCode"
                               FROM {{n.Table<SegmentMembership>()}} s
                               WHERE s.{{S(nameof(SegmentMembership.MemberId))}} = {{memberId}}
                                 AND s.{{S(nameof(SegmentMembership.IsMember))}}
                                 AND s.{{S(nameof(SegmentMembership.SegmentCode))}} = ANY({{codes}}::text[])
                               ORDER BY s.{{S(nameof(SegmentMembership.ChangedAt))}} DESC LIMIT 1) l ON true
            """;
    }
}

/// <summary>A member of a run's audience and their latest lifecycle segment (null: not placed yet).</summary>
internal sealed class AudienceRow
{
    public Guid MemberId { get; init; }

    public string? SegmentCode { get; init; }
}

/// <summary>A capped delivery due for a retry.</summary>
internal sealed class CappedDeliveryRow
{
    public Guid MemberId { get; init; }

    public string RunKey { get; init; } = "";

    public string? ShareKey { get; init; }
}
