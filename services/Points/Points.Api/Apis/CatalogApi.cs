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
                TypedResults.Ok(await db.Catalog.AsNoTracking().Where(i => i.Active).OrderBy(i => i.CostPoints).ToListAsync(ct)))
            .WithSummary("What points can be redeemed for.");
        api.MapPost("/", AddItem).RequireAuthorization(Policies.Admin).WithSummary("Add a catalog item (coupon, gift or treatment) with its cost and stock; a coupon item may name the Campaign coupon template it issues (couponTemplateId).");
        api.MapPut("/{id:guid}", UpdateItem).RequireAuthorization(Policies.Admin).WithSummary("Change an item's name, cost, stock, availability or coupon template.");
        return app;
    }

    public static async Task<Results<Created<CatalogItem>, ValidationProblem>> AddItem(CatalogItem item, PointsDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var errors = item.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var stored = new CatalogItem
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()), Name = item.Name.Trim(), Kind = item.Kind, CostPoints = item.CostPoints, Stock = item.Stock, Active = item.Active,
            CouponTemplateId = item.CouponTemplateId,
        };
        db.Catalog.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/points/catalog/{stored.Id}", stored);
    }

    public static async Task<Results<Ok<CatalogItem>, NotFound, ValidationProblem>> UpdateItem(Guid id, CatalogItem changed, PointsDbContext db, CancellationToken cancellationToken)
    {
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
            (changed.Name.Trim(), changed.Kind, changed.CostPoints, changed.Stock, changed.Active, changed.CouponTemplateId);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(item);
    }
}
