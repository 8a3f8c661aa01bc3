using Loyalty.BuildingBlocks.Time;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Apis;

public static class KpisApi
{
    public static IEndpointRouteBuilder MapKpisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns").WithTags("Campaign KPIs").RequireAuthorization(Policies.ReadKpis);
        api.MapGet("/kpis", Overview).WithSummary(
            "KPIs of all campaigns together and of each, for members reached from..to (clinic dates, inclusive), "
            + "and the dashboard's figures for the range; storeId: one home store's members; formulas in "
            + "docs/kpis.md.");
        api.MapGet("/{id:guid}/kpis", ForCampaign)
            .WithSummary("One campaign's KPIs for members reached from..to (clinic dates, inclusive), with uplift "
                + "and its 95 % interval; storeId: one home store's members.");
        api.MapGet("/health", Health).WithSummary(
            "The daily health report of each running campaign: participation, benefit use, repurchase, AOV as of the "
            + "end of the date.");
        return app;
    }

    /// <param name="from" example="2026-11-01">First clinic date of the range.</param>
    /// <param name="to" example="2026-11-30">Last clinic date of the range (inclusive).</param>
    /// <param name="storeId" example="SH-JINGAN-01">Only the members whose home store this is.</param>
    public static async Task<Results<Ok<KpiOverview>, ValidationProblem>> Overview(
        DateOnly? from, DateOnly? to, string? storeId, KpiReport report, CancellationToken cancellationToken)
    {
        var errors = RangeErrors(from, to);
        var store = StoreQuery.Read(storeId, errors);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await report.OverviewAsync(
                from!.Value, to!.Value, ClinicTime.StartOf(from.Value), ClinicTime.StartOf(to.Value.AddDays(1)), store,
                cancellationToken));
    }

    /// <param name="id">The campaign.</param>
    /// <param name="from" example="2026-11-01">First clinic date of the range.</param>
    /// <param name="to" example="2026-11-30">Last clinic date of the range (inclusive).</param>
    /// <param name="storeId" example="SH-JINGAN-01">Only the members whose home store this is.</param>
    public static async Task<Results<Ok<CampaignKpis>, NotFound, ValidationProblem>> ForCampaign(
        Guid id, DateOnly? from, DateOnly? to, string? storeId, CampaignDbContext db, KpiReport report,
        CancellationToken cancellationToken)
    {
        var errors = RangeErrors(from, to);
        var store = StoreQuery.Read(storeId, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await db.Campaigns.AnyAsync(c => c.Id == id, cancellationToken)
            ? TypedResults.Ok(await report.ComputeAsync(
                id, ClinicTime.StartOf(from!.Value), ClinicTime.StartOf(to!.Value.AddDays(1)), store,
                cancellationToken))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<List<DailyHealth>>, ValidationProblem>> Health(
        DateOnly? date, KpiReport report, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var day = date ?? ClinicTime.Today(timeProvider).AddDays(-1);
        var health = await report.HealthAsync(ClinicTime.StartOf(day.AddDays(1)), cancellationToken);
        return TypedResults.Ok(health.Select(h => DailyHealth.Of(h, day)).ToList());
    }

    private static Dictionary<string, string[]> RangeErrors(DateOnly? from, DateOnly? to) =>
        from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > 3660
            ? new Dictionary<string, string[]>
            {
                [from is null ? "from" : "to"] =
                    ["from and to are clinic dates (yyyy-MM-dd), from ≤ to, at most 10 years apart."],
            }
            : [];
}
