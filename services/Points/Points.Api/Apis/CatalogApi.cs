using System.Diagnostics;
using Loyalty.Points.Api.Application;
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
        api.MapGet("/", ListItems).WithSummary("What points can be redeemed for.");
        api.MapPost("/", AddItem).RequireAuthorization(Policies.Admin)
            .WithSummary("Add a catalog item (coupon, gift or treatment) with its cost and stock; a coupon item may "
                + "name the Campaign coupon template it issues (couponTemplateId).");
        api.MapPut("/{id:guid}", UpdateItem).RequireAuthorization(Policies.Admin)
            .WithSummary("Change an item's name, cost, stock, availability or coupon template.");
        return app;
    }

    public static async Task<Ok<List<CatalogItemResponse>>> ListItems(
        PointsDbContext db, CancellationToken cancellationToken)
    {
        var items = await db.Catalog.AsNoTracking().Where(i => i.Active).OrderBy(i => i.CostPoints)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(CatalogItemResponse.From).ToList());
    }

    public static async Task<Results<Created<CatalogItemResponse>, ValidationProblem>> AddItem(
        CatalogItemRequest request, AddCatalogItem addItem, CancellationToken cancellationToken) =>
        await addItem.HandleAsync(request.ToDetails(), cancellationToken) switch
        {
            AddCatalogItemOutcome.Added(var item) =>
                TypedResults.Created($"/api/points/catalog/{item.Id}", CatalogItemResponse.From(item)),
            AddCatalogItemOutcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            _ => throw new UnreachableException(),
        };

    public static async Task<Results<Ok<CatalogItemResponse>, NotFound, ValidationProblem>> UpdateItem(
        Guid id, CatalogItemRequest request, ChangeCatalogItem changeItem, CancellationToken cancellationToken) =>
        await changeItem.HandleAsync(id, request.ToDetails(), cancellationToken) switch
        {
            ChangeCatalogItemOutcome.Changed(var item) => TypedResults.Ok(CatalogItemResponse.From(item)),
            ChangeCatalogItemOutcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            ChangeCatalogItemOutcome.NotFound => TypedResults.NotFound(),
            _ => throw new UnreachableException(),
        };
}
