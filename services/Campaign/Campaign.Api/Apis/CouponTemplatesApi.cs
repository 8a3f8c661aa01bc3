using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Apis;

public static class CouponTemplatesApi
{
    public static IEndpointRouteBuilder MapCouponTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(
            "/api/coupons/templates").WithTags("Coupon templates").RequireAuthorization(Policies.StaffOrMarketing);
        api.MapGet("/", async (CampaignDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.CouponTemplates.AsNoTracking().OrderBy(t => t.CreatedAt).ToListAsync(ct))
                    .Select(CouponTemplateResponse.From).ToList()))
            .WithSummary("The coupon templates.");
        api.MapGet("/{id:guid}", async Task<Results<Ok<CouponTemplateResponse>, NotFound>> (
                    Guid id, CampaignDbContext db, CancellationToken ct) =>
                await db.CouponTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) is { } t
                    ? TypedResults.Ok(CouponTemplateResponse.From(t))
                    : TypedResults.NotFound())
            .WithSummary("One coupon template.");
        api.MapPost("/", Create).RequireAuthorization(Policies.Marketing)
            .WithSummary(
                "Create a template: amount off above a threshold, percent off with a cap, or a free item; fixed "
                + "dates or N days from issue; per-member limit; stores and categories.");
        return app;
    }

    public static async Task<Results<Created<CouponTemplateResponse>, ValidationProblem>> Create(
        CouponTemplateRequest request, CreateCouponTemplate create, CancellationToken cancellationToken)
    {
        // The JSON rules do not reach a record's init-only lists: a null one is refused here, by name.
        if ((request.StoreIds is null ? "storeIds" : request.Categories is null ? "categories" : null) is { } nullList)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [nullList] = [$"{nullList} is a list; leave it out for every one."],
            });
        }

        return await create.HandleAsync(request.ToDefinition(), cancellationToken) switch
        {
            CreateCouponTemplateOutcome.Created created => TypedResults.Created(
                $"/api/coupons/templates/{created.Template.Id}", CouponTemplateResponse.From(created.Template)),
            CreateCouponTemplateOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
        };
    }
}
