using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Campaign.Api.Apis;

public static class JourneysApi
{
    public static IEndpointRouteBuilder MapJourneysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns/journeys").WithTags("Journey templates").RequireAuthorization(Policies.Admin);
        api.MapGet("/", () => TypedResults.Ok(Journeys.Codes)).WithSummary("The ready journey templates.");
        api.MapPost("/{code}", Create).WithSummary("Create a Draft campaign (and its coupon template) from a journey template; activate it to start.");
        return app;
    }

    /// <param name="code" example="dormant-wake-up">The journey template's code (GET /api/campaigns/journeys lists them).</param>
    /// <param name="request">Optional budget and holdout.</param>
    public static async Task<Results<Created<CampaignResponse>, ValidationProblem, NotFound>> Create(
        string code, JourneyRequest? request, CampaignDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (!Journeys.Codes.Contains(code))
        {
            return TypedResults.NotFound();
        }

        var errors = Journeys.CampaignFor(code, Guid.Empty, request?.Budget, request?.HoldoutPercent)!.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        CouponTemplateResponse? template = null;
        if (Journeys.CouponFor(code) is { } coupon && await CouponTemplatesApi.Create(coupon, db, timeProvider, cancellationToken) is { Result: Created<CouponTemplateResponse> created })
        {
            template = created.Value;
        }

        var result = await CampaignsApi.Create(Journeys.CampaignFor(code, template?.Id, request?.Budget, request?.HoldoutPercent)!, db, timeProvider, cancellationToken);
        return result.Result switch
        {
            Created<CampaignResponse> campaign => campaign,
            ValidationProblem problem => problem,
            _ => throw new InvalidOperationException("Unexpected result creating a journey campaign."),
        };
    }
}
