namespace Loyalty.Points.Api.Apis;

public static class PointsApis
{
    /// <summary>Every resource of the Points API.</summary>
    public static IEndpointRouteBuilder MapPointsApis(this IEndpointRouteBuilder api) => api
        .MapPointsApi()
        .MapPurchasesApi()
        .MapEarningPolicyApi()
        .MapCatalogApi()
        .MapRedemptionsApi()
        .MapAdjustmentsApi()
        .MapActionsApi();
}
