using Loyalty.Campaign.Api.Application;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Campaign.Api.Apis;

public static class JourneysApi
{
    public static IEndpointRouteBuilder MapJourneysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(
            "/api/campaigns/journeys").WithTags("Journey templates").RequireAuthorization(Policies.Marketing);
        api.MapGet("/", () => TypedResults.Ok(Journeys.Codes)).WithSummary("The ready journey templates' codes.");
        api.MapGet("/templates", () => TypedResults.Ok(
                Journeys.Descriptions.Select(JourneyTemplateResponse.From).ToList()))
            .WithSummary("The ready journey templates with their names and descriptions (zh-CN, en), trigger, "
                + "actions and default holdout.");
        api.MapPost("/{code}", Create)
            .WithSummary(
                "Create a Draft campaign (and its coupon template) from a journey template; activate it to start.");
        return app;
    }

    /// <param name="code" example="dormant-wake-up">The journey template's code (GET /api/campaigns/journeys lists
    /// them).</param>
    /// <param name="request">Optional budget and holdout.</param>
    public static async Task<Results<Created<CampaignResponse>, ValidationProblem, NotFound>> Create(
        string code, JourneyRequest? request, CreateJourney create, CancellationToken cancellationToken) =>
        await create.HandleAsync(code, request?.Budget, request?.HoldoutPercent, cancellationToken) switch
        {
            null => TypedResults.NotFound(),
            var outcome => CampaignsApi.Created(outcome).Result switch
            {
                Created<CampaignResponse> created => created,
                ValidationProblem problem => problem,
                var other => throw new InvalidOperationException($"Unexpected result {other}."),
            },
        };
}
