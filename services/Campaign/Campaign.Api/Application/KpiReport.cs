using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Computes the campaign KPIs in PostgreSQL from the service's own data: deliveries (treated and holdout), coupons, and
/// its copies of purchases, tier changes and points balances. A member's outcome window is the 30 days after they were
/// reached: (reachedAt, reachedAt + 30 days]. Formulas: docs/kpis.md.
/// </summary>
public sealed class KpiReport(CampaignDbContext db, IOptions<CampaignOptions> options)
{
    public const int WindowDays = 30;

    private const string Sql = """
        WITH d AS (
            SELECT d."CampaignId", d."MemberId", d."Outcome", d."ShareKey", d."Cost", d."At", d."CouponId"
            FROM campaign_deliveries d
            WHERE d."At" >= @from AND d."At" < @to AND d."Outcome" IN ('Treated', 'Holdout') AND (@campaign IS NULL OR d."CampaignId" = @campaign)
        ), o AS (
            SELECT d.*, p.orders, p.revenue, c."Status" = 'Redeemed' AS redeemed, coalesce(c."DiscountAmount", 0) AS discount, coalesce(c."FaceValue", 0) AS face,
                   EXISTS (SELECT 1 FROM tier_changes t WHERE t."MemberId" = d."MemberId" AND t."Upgrade" AND t."At" > d."At" AND t."At" <= d."At" + make_interval(days => @window)) AS upgraded
            FROM d
            LEFT JOIN coupons c ON c."Id" = d."CouponId"
            CROSS JOIN LATERAL (SELECT count(*) AS orders, coalesce(sum(p."Amount" - p."Refunded"), 0) AS revenue FROM purchases p
                                WHERE p."MemberId" = d."MemberId" AND p."PaidAt" > d."At" AND p."PaidAt" <= d."At" + make_interval(days => @window)) p
        )
        SELECT "Outcome" = 'Treated' AS treated,
               count(*)::int AS members,
               count(*) FILTER (WHERE orders > 0)::int AS repurchasers,
               coalesce(sum(orders), 0)::int AS orders,
               coalesce(sum(revenue), 0) AS revenue,
               count(*) FILTER (WHERE "CouponId" IS NOT NULL)::int AS issued,
               count(*) FILTER (WHERE redeemed)::int AS redeemed,
               count(*) FILTER (WHERE redeemed OR orders > 0)::int AS participants,
               count(*) FILTER (WHERE "ShareKey" = 'lifecycle-dormant')::int AS dormant,
               count(*) FILTER (WHERE "ShareKey" = 'lifecycle-dormant' AND orders > 0)::int AS woken,
               count(*) FILTER (WHERE upgraded)::int AS upgraded,
               coalesce(sum(CASE WHEN redeemed THEN discount ELSE 0 END + "Cost" - face) FILTER (WHERE "Outcome" = 'Treated'), 0) AS cost
        FROM o GROUP BY "Outcome" = 'Treated'
        """;

    public async Task<CampaignKpis> ComputeAsync(Guid? campaignId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            command.Parameters.AddWithValue("from", from.ToUniversalTime());
            command.Parameters.AddWithValue("to", to.ToUniversalTime());
            command.Parameters.Add(new NpgsqlParameter("campaign", NpgsqlDbType.Uuid) { Value = (object?)campaignId ?? DBNull.Value });
            command.Parameters.AddWithValue("window", WindowDays);
            Group treated = Group.Empty, holdout = Group.Empty;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var group = new Group(
                        reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetDecimal(4), reader.GetInt32(5), reader.GetInt32(6),
                        reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10), reader.GetDecimal(11));
                    if (reader.GetBoolean(0))
                    {
                        treated = group;
                    }
                    else
                    {
                        holdout = group;
                    }
                }
            }

            return Kpis(campaignId, treated, holdout);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    public async Task<(long Points, decimal Cny)> PointsLiabilityAsync(CancellationToken cancellationToken)
    {
        var points = await db.PointsBalances.SumAsync(b => (long?)b.Balance, cancellationToken) ?? 0;
        return (points, points * options.Value.PointValueCny);
    }

    internal static CampaignKpis Kpis(Guid? campaignId, Group t, Group h)
    {
        double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
        var (pt, ph) = (Rate(t.Repurchasers, t.Members), Rate(h.Repurchasers, h.Members));
        double? uplift = pt is { } a && ph is { } b ? a - b : null;
        double? margin = pt is { } p1 && ph is { } p0 ? 1.96 * Math.Sqrt((p1 * (1 - p1) / t.Members) + (p0 * (1 - p0) / h.Members)) : null;
        decimal? incremental = t.Members > 0 && h.Members > 0 ? ((t.Revenue / t.Members) - (h.Revenue / h.Members)) * t.Members : null;
        return new CampaignKpis(
            campaignId, t.Members, h.Members, t.Issued, t.Redeemed, Rate(t.Redeemed, t.Issued), Rate(t.Participants, t.Members),
            pt, ph, uplift, uplift - margin, uplift + margin, Rate(t.Woken, t.Dormant), Rate(h.Woken, h.Dormant),
            t.Orders == 0 ? null : Math.Round(t.Revenue / t.Orders, 2), t.Revenue, incremental is { } i ? Math.Round(i, 2) : null, t.Cost,
            incremental is { } gain && t.Cost > 0 ? (double)((gain - t.Cost) / t.Cost) : null, Rate(t.Upgraded, t.Members), Rate(h.Upgraded, h.Members));
    }

    internal sealed record Group(int Members, int Repurchasers, int Orders, decimal Revenue, int Issued, int Redeemed, int Participants, int Dormant, int Woken, int Upgraded, decimal Cost)
    {
        public static Group Empty { get; } = new(0, 0, 0, 0m, 0, 0, 0, 0, 0, 0, 0m);
    }
}
