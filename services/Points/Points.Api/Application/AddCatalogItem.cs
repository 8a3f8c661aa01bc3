using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Points.Api.Domain.Catalog;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.Application;

/// <summary>How adding a catalog item ended.</summary>
public abstract record AddCatalogItemOutcome
{
    private AddCatalogItemOutcome()
    {
    }

    public sealed record Added(CatalogItem Item) : AddCatalogItemOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : AddCatalogItemOutcome;
}

/// <summary>An admin adds something members can redeem points for.</summary>
public sealed class AddCatalogItem(PointsDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    public async Task<AddCatalogItemOutcome> HandleAsync(
        CatalogItemDetails details, CancellationToken cancellationToken)
    {
        if (details.Validate() is { Count: > 0 } errors)
        {
            return new AddCatalogItemOutcome.Invalid(errors);
        }

        var item = CatalogItem.Add(Guid.CreateVersion7(timeProvider.GetUtcNow()), details);
        db.Catalog.Add(item);
        audit.Record(item, AuditActions.Created);
        await db.SaveChangesAsync(cancellationToken);
        return new AddCatalogItemOutcome.Added(item);
    }
}
