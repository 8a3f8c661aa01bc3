using Loyalty.Points.Api.Infrastructure.Sql;

namespace Loyalty.Points.Api.Apis;

/// <summary>Purchases per clinic day over a range of dates, every day present; formulas in docs/kpis.md.</summary>
/// <param name="From">The first clinic date (Asia/Shanghai).</param>
/// <param name="To">The last clinic date, inclusive.</param>
/// <param name="StoreId">The store the figures are for; null for the whole chain.</param>
/// <param name="Days">One entry per clinic date from From to To, zeros included.</param>
public sealed record DailyPurchasesReport(
    DateOnly From, DateOnly To, string? StoreId, IReadOnlyList<DailyPurchases> Days);

/// <summary>One clinic day's purchases (paid that day; refunds net out of the day the purchase was paid).</summary>
/// <param name="Date">The clinic date (Asia/Shanghai).</param>
/// <param name="Purchases">Purchases paid that day and not fully refunded.</param>
/// <param name="Revenue">What those purchases brought in, net of their refunds, in CNY.</param>
/// <param name="AverageOrderValue">Revenue ÷ Purchases, in CNY (2 decimals); null on a day without purchases.</param>
/// <param name="Buyers">Distinct members with such a purchase that day.</param>
public sealed record DailyPurchases(
    DateOnly Date, int Purchases, decimal Revenue, decimal? AverageOrderValue, int Buyers)
{
    public static DailyPurchases From(DailyPurchaseRow row) => new(
        row.Date,
        row.Purchases,
        row.Revenue,
        row.Purchases == 0 ? null : decimal.Round(row.Revenue / row.Purchases, 2, MidpointRounding.AwayFromZero),
        row.Buyers);
}
