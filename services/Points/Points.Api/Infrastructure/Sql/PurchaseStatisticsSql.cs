using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Points.Api.Domain.Purchases;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Loyalty.Points.Api.Infrastructure.Sql;

/// <summary>One clinic day of <see cref="PurchaseStatisticsSql.Daily"/>.</summary>
public sealed record DailyPurchaseRow(DateOnly Date, int Purchases, decimal Revenue, int Buyers);

/// <summary>Figures over purchases that LINQ cannot group by clinic day.</summary>
public static class PurchaseStatisticsSql
{
    /// <summary>
    /// {0} the first clinic date, {1} the last, {2} the instant the first begins, {3} the instant after the last ends,
    /// {4} a store or null, {5} the clinics' time zone. Every date of the range, zeros included; a purchase counts on
    /// the clinic day it was paid, net of its refunds, and not at all once fully refunded.
    /// </summary>
    internal static readonly ModelSql<PointsDbContext> Daily = new(sql =>
    {
        var paidAt = sql.Column<Purchase>(nameof(Purchase.PaidAt));
        var amount = sql.Column<Purchase>(nameof(Purchase.Amount));
        var refunded = sql.Column<Purchase>(nameof(Purchase.RefundedAmount));
        var store = sql.Column<Purchase>(nameof(Purchase.StoreId));
        var member = sql.Column<Purchase>(nameof(Purchase.MemberId));
        return $$"""
            WITH paid AS (
                SELECT ({{paidAt}} AT TIME ZONE {5}::text)::date AS day, {{member}} AS member,
                       {{amount}} - {{refunded}} AS revenue
                FROM {{sql.Table<Purchase>()}}
                WHERE {{paidAt}} >= {2} AND {{paidAt}} < {3} AND {{refunded}} < {{amount}}
                  AND ({4}::text IS NULL OR {{store}} = {4}::text)),
            days AS (
                SELECT day, count(*)::int AS purchases, sum(revenue) AS revenue,
                       count(DISTINCT member)::int AS buyers
                FROM paid GROUP BY day)
            SELECT calendar.day::date AS "{{nameof(DailyPurchaseRow.Date)}}",
                   coalesce(days.purchases, 0) AS "{{nameof(DailyPurchaseRow.Purchases)}}",
                   coalesce(days.revenue, 0) AS "{{nameof(DailyPurchaseRow.Revenue)}}",
                   coalesce(days.buyers, 0) AS "{{nameof(DailyPurchaseRow.Buyers)}}"
            FROM generate_series({0}::date, {1}::date, interval '1 day') AS calendar(day)
            LEFT JOIN days ON days.day = calendar.day::date
            ORDER BY calendar.day
            """;
    });

    /// <summary>Each clinic date from <paramref name="from"/> to <paramref name="to"/>, for one store or all.</summary>
    public static Task<List<DailyPurchaseRow>> DailyPurchasesAsync(
        this PointsDbContext db, DateOnly from, DateOnly to, string? storeId, CancellationToken cancellationToken) =>
        Daily.Rows<DailyPurchaseRow>(
                db,
                from,
                to,
                ClinicTime.StartOf(from),
                ClinicTime.StartOf(to.AddDays(1)),
                new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)storeId ?? DBNull.Value },
                ClinicTime.Zone.Id)
            .ToListAsync(cancellationToken);
}
