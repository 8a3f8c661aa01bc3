using Loyalty.BuildingBlocks.Time;
using Loyalty.Feedback.Api.Application;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Feedback.Api.Apis;

public static class ResultsApi
{
    private const int MaxDays = 731;

    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/feedback/results", GetResults).WithTags("Results").RequireAuthorization(Policies.ReadKpis)
            .WithSummary("NPS with its 95 % interval, satisfaction and response rate, overall, grouped and by period, "
                + "and the follow-up figures (docs/kpis.md).");
        return app;
    }

    /// <param name="from">First clinic date (yyyy-MM-dd); default 90 days before to.</param>
    /// <param name="to">Last clinic date, inclusive; default today.</param>
    /// <param name="storeId">Only answers and invitations about this store.</param>
    /// <param name="category">Only this treatment category.</param>
    /// <param name="advisorId">Only this advisor's purchases.</param>
    /// <param name="surveyCode">Only this survey.</param>
    /// <param name="groupBy">store, category or advisor.</param>
    /// <param name="trend">week or month.</param>
    public static async Task<Results<Ok<ResultsResponse>, ValidationProblem>> GetResults(
        DateOnly? from, DateOnly? to, string? storeId, string? category, string? advisorId, string? surveyCode,
        string? groupBy, string? trend, TimeProvider timeProvider, ReadResults results,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var last = to ?? ClinicTime.Today(timeProvider);
        var first = from ?? last.AddDays(-89);
        DateRangeQuery.Check(first, last, MaxDays, required: false, errors);
        var store = StoreQuery.Read(storeId, errors);
        var grouping = EnumQuery.Read<ResultsGrouping>(groupBy, "groupBy", errors);
        var period = EnumQuery.Read<ResultsTrend>(trend, "trend", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var read = await results.HandleAsync(new ResultsQuery(first, last, store, category?.Trim().ToLowerInvariant(),
            advisorId?.Trim(), surveyCode?.Trim(), grouping, period), cancellationToken);
        return TypedResults.Ok(ResultsResponse.From(read));
    }
}
