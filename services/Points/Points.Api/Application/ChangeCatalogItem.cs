using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Points.Api.Domain.Catalog;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>How changing a catalog item ended.</summary>
public abstract record ChangeCatalogItemOutcome
{
    private ChangeCatalogItemOutcome()
    {
    }

    public sealed record Changed(CatalogItem Item) : ChangeCatalogItemOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : ChangeCatalogItemOutcome;

    public sealed record NotFound : ChangeCatalogItemOutcome;
}

/// <summary>An admin replaces what is said of an item: name, kind, cost, stock, availability, template.</summary>
public sealed class ChangeCatalogItem(PointsDbContext db, IAuditTrail audit)
{
    public async Task<ChangeCatalogItemOutcome> HandleAsync(
        Guid id, CatalogItemDetails details, CancellationToken cancellationToken)
    {
        if (details.Validate() is { Count: > 0 } errors)
        {
            return new ChangeCatalogItemOutcome.Invalid(errors);
        }

        var item = await db.Catalog.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return new ChangeCatalogItemOutcome.NotFound();
        }

        item.Change(details);
        audit.Record(item, AuditActions.Changed);
        await db.SaveChangesAsync(cancellationToken);
        return new ChangeCatalogItemOutcome.Changed(item);
    }
}
