using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Engine.Rfm;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Loyalty.Segmentation.Api.Infrastructure.Sql;

/// <summary>
/// The set-based statements of scoring: the counts one member is scored against, the purchase aggregates a full
/// recompute repairs, and the scores and predictions it writes for the whole base at once.
/// </summary>
public static class ScoringSql
{
    /// <summary>{0} the member's last purchase day, {1} their purchases, {2} their spend, {3} the member.</summary>
    private static readonly ModelSql<SegmentationDbContext> Others = new(sql =>
    {
        string M(string property) => sql.Column<SegmentMember>(property);
        return $$"""
            SELECT count(*)::int AS "{{nameof(OthersCounts.Others)}}",
                   coalesce(sum({{M(nameof(SegmentMember.Spend))}}), 0) AS "{{nameof(OthersCounts.OthersSpend)}}",
                   (count(*) FILTER (WHERE {{M(nameof(SegmentMember.LastPurchaseOn))}} < {0}))::int
                       AS "{{nameof(OthersCounts.WorseRecency)}}",
                   (count(*) FILTER (WHERE {{M(nameof(SegmentMember.Purchases))}} < {1}))::int
                       AS "{{nameof(OthersCounts.FewerPurchases)}}",
                   (count(*) FILTER (WHERE {{M(nameof(SegmentMember.Spend))}} < {2}))::int
                       AS "{{nameof(OthersCounts.LowerSpend)}}"
            FROM {{sql.Table<SegmentMember>()}}
            WHERE {{M(nameof(SegmentMember.Purchases))}} > 0 AND {{M(nameof(SegmentMember.Id))}} <> {3}
            """;
    });

    /// <summary>
    /// Every member's purchase aggregates from the purchases table, rows that drifted only. A purchase counts while
    /// something of it is left after refunds, as <see cref="PurchaseAggregate"/> has it.
    /// </summary>
    private static readonly ModelSql<SegmentationDbContext> RefreshAggregates = new(sql =>
    {
        string M(string property) => sql.Column<SegmentMember>(property);
        string P(string property) => sql.Column<MemberPurchase>(property);
        return $$"""
            UPDATE {{sql.Table<SegmentMember>()}} m
            SET {{M(nameof(SegmentMember.Purchases))}} = a.n, {{M(nameof(SegmentMember.Spend))}} = a.spend,
                {{M(nameof(SegmentMember.FirstPurchaseOn))}} = a.first,
                {{M(nameof(SegmentMember.LastPurchaseOn))}} = a.last
            FROM (
                SELECT mm.{{M(nameof(SegmentMember.Id))}} AS id, coalesce(p.n, 0) AS n,
                       coalesce(p.spend, 0) AS spend, p.first, p.last
                FROM {{sql.Table<SegmentMember>()}} mm LEFT JOIN (
                    SELECT {{P(nameof(MemberPurchase.MemberId))}} AS member_id, count(*)::int AS n,
                           sum({{P(nameof(MemberPurchase.Amount))}} - {{P(nameof(MemberPurchase.RefundedAmount))}})
                               AS spend,
                           min({{P(nameof(MemberPurchase.PaidOn))}}) AS first,
                           max({{P(nameof(MemberPurchase.PaidOn))}}) AS last
                    FROM {{sql.Table<MemberPurchase>()}}
                    WHERE {{P(nameof(MemberPurchase.Amount))}} > {{P(nameof(MemberPurchase.RefundedAmount))}}
                    GROUP BY {{P(nameof(MemberPurchase.MemberId))}}
                ) p ON p.member_id = mm.{{M(nameof(SegmentMember.Id))}}
            ) a
            WHERE m.{{M(nameof(SegmentMember.Id))}} = a.id
              AND (m.{{M(nameof(SegmentMember.Purchases))}}, m.{{M(nameof(SegmentMember.Spend))}},
                   m.{{M(nameof(SegmentMember.FirstPurchaseOn))}}, m.{{M(nameof(SegmentMember.LastPurchaseOn))}})
                  IS DISTINCT FROM (a.n, a.spend, a.first, a.last)
            """;
    });

    /// <summary>
    /// {0} the clinic day scored, {1}–{13} one array per column, a member per index: id, recency days, R, F, M, group,
    /// layer, VIP, potential churn, P(alive), expected purchases, expected spend, CLV (the last four null without a
    /// prediction, which also clears PredictedOn and the fit), {14} the fit the predictions come from.
    /// </summary>
    private static readonly ModelSql<SegmentationDbContext> Scores = new(sql =>
    {
        string M(string property) => sql.Column<SegmentMember>(property);
        return $$"""
            UPDATE {{sql.Table<SegmentMember>()}} m
            SET {{M(nameof(SegmentMember.ScoredOn))}} = {0},
                {{M(nameof(SegmentMember.RecencyDays))}} = s.recency_days,
                {{M(nameof(SegmentMember.R))}} = s.r, {{M(nameof(SegmentMember.F))}} = s.f,
                {{M(nameof(SegmentMember.M))}} = s.m,
                {{M(nameof(SegmentMember.Group))}} = s.rfm_group, {{M(nameof(SegmentMember.Layer))}} = s.layer,
                {{M(nameof(SegmentMember.IsVip))}} = s.is_vip,
                {{M(nameof(SegmentMember.IsPotentialChurn))}} = s.is_potential_churn,
                {{M(nameof(SegmentMember.ProbabilityAlive))}} = s.probability_alive,
                {{M(nameof(SegmentMember.ExpectedPurchases))}} = s.expected_purchases,
                {{M(nameof(SegmentMember.ExpectedSpend))}} = s.expected_spend,
                {{M(nameof(SegmentMember.Clv))}} = s.clv,
                {{M(nameof(SegmentMember.PredictedOn))}} = CASE WHEN s.probability_alive IS NULL THEN NULL ELSE {0}::date END,
                {{M(nameof(SegmentMember.PredictedFromFitId))}} =
                    CASE WHEN s.probability_alive IS NULL THEN NULL ELSE {14}::bigint END
            FROM unnest({1}::uuid[], {2}::int[], {3}::int[], {4}::int[], {5}::int[], {6}::text[], {7}::text[],
                        {8}::boolean[], {9}::boolean[], {10}::double precision[], {11}::double precision[],
                        {12}::numeric[], {13}::numeric[])
                AS s(id, recency_days, r, f, m, rfm_group, layer, is_vip, is_potential_churn, probability_alive,
                     expected_purchases, expected_spend, clv)
            WHERE m.{{M(nameof(SegmentMember.Id))}} = s.id
            """;
    });

    /// <summary>What scoring <paramref name="member"/> needs to know of the others with a purchase.</summary>
    public static Task<OthersCounts> OthersCountsAsync(
        this SegmentationDbContext db,
        SegmentMember member,
        DateOnly lastPurchase,
        CancellationToken cancellationToken) =>
        Others.Rows<OthersCounts>(db, lastPurchase, member.Purchases, member.Spend, member.Id)
            .SingleAsync(cancellationToken);

    /// <summary>Event handlers keep the aggregates current; this repairs any drift.</summary>
    public static Task<int> RefreshPurchaseAggregatesAsync(
        this SegmentationDbContext db, CancellationToken cancellationToken) =>
        RefreshAggregates.ExecuteAsync(db, cancellationToken);

    /// <summary>
    /// Writes the scores (and predictions, where there is one) of everyone scored in one statement, and clears them
    /// for members left without a purchase.
    /// </summary>
    public static async Task WriteScoresAsync(
        this SegmentationDbContext db,
        IReadOnlyList<RfmScore> scores,
        IReadOnlyDictionary<string, Prediction>? predictions,
        long? fitId,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var predicted = scores.Select(s => predictions?.GetValueOrDefault(s.MemberId)).ToArray();
        await Scores.ExecuteAsync(
            db,
            cancellationToken,
            today,
            scores.Select(s => Guid.Parse(s.MemberId)).ToArray(),
            scores.Select(s => s.RecencyDays).ToArray(),
            scores.Select(s => s.R).ToArray(),
            scores.Select(s => s.F).ToArray(),
            scores.Select(s => s.M).ToArray(),
            scores.Select(s => s.Group.ToString()).ToArray(),
            scores.Select(s => s.Layer.ToString()).ToArray(),
            scores.Select(s => s.IsVip).ToArray(),
            scores.Select(s => s.IsPotentialChurn).ToArray(),
            predicted.Select(p => p?.ProbabilityAlive).ToArray(),
            predicted.Select(p => p?.ExpectedPurchases).ToArray(),
            predicted.Select(p => p?.ExpectedSpend).ToArray(),
            predicted.Select(p => p?.Clv).ToArray(),
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)fitId ?? DBNull.Value });
        await db.Members.Where(m => m.Purchases == 0 && (m.ScoredOn != null || m.PredictedOn != null))
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.ScoredOn, (DateOnly?)null)
                    .SetProperty(m => m.RecencyDays, (int?)null)
                    .SetProperty(m => m.R, (int?)null)
                    .SetProperty(m => m.F, (int?)null)
                    .SetProperty(m => m.M, (int?)null)
                    .SetProperty(m => m.Group, (RfmGroup?)null)
                    .SetProperty(m => m.Layer, (LifecycleLayer?)null)
                    .SetProperty(m => m.IsVip, false)
                    .SetProperty(m => m.IsPotentialChurn, false)
                    .SetProperty(m => m.ProbabilityAlive, (double?)null)
                    .SetProperty(m => m.ExpectedPurchases, (double?)null)
                    .SetProperty(m => m.ExpectedSpend, (decimal?)null)
                    .SetProperty(m => m.Clv, (decimal?)null)
                    .SetProperty(m => m.PredictedOn, (DateOnly?)null)
                    .SetProperty(m => m.PredictedFromFitId, (long?)null),
                cancellationToken);
    }
}

/// <summary>How the others with a purchase stand against one member (see <see cref="ScoringSql"/>).</summary>
public sealed record OthersCounts(
    int Others, decimal OthersSpend, int WorseRecency, int FewerPurchases, int LowerSpend);
