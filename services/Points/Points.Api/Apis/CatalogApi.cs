using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Apis;

public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/points/catalog").WithTags("Catalog").RequireAuthorization(Policies.Authenticated);
        api.MapGet("/", async (PointsDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Catalog.AsNoTracking().Where(i => i.Active).OrderBy(i => i.CostPoints).ToListAsync(ct))
                    .Select(CatalogItemResponse.From).ToList()))
            .WithSummary("What points can be redeemed for.");
        api.MapPost("/", AddItem).RequireAuthorization(Policies.Admin).WithSummary("Add a catalog item (coupon, gift or treatment) with its cost and stock; a coupon item may name the Campaign coupon template it issues (couponTemplateId).");
        api.MapPut("/{id:guid}", UpdateItem).RequireAuthorization(Policies.Admin).WithSummary("Change an item's name, cost, stock, availability or coupon template.");
        return app;
    }

    public static async Task<Results<Created<CatalogItemResponse>, ValidationProblem>> AddItem(
        CatalogItemRequest request, PointsDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var item = request.ToItem(Guid.CreateVersion7(timeProvider.GetUtcNow()));
        var errors = item.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        db.Catalog.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/points/catalog/{item.Id}", CatalogItemResponse.From(item));
    }

    public static async Task<Results<Ok<CatalogItemResponse>, NotFound, ValidationProblem>> UpdateItem(
        Guid id, CatalogItemRequest request, PointsDbContext db, CancellationToken cancellationToken)
    {
        var changed = request.ToItem(id);
        var errors = changed.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var item = await db.Catalog.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        (item.Name, item.Kind, item.CostPoints, item.Stock, item.Active, item.CouponTemplateId) =
            (changed.Name, changed.Kind, changed.CostPoints, changed.Stock, changed.Active, changed.CouponTemplateId);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CatalogItemResponse.From(item));
    }
}
