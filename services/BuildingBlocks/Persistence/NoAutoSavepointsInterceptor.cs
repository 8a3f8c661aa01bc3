using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// Turns off EF Core's automatic savepoint around SaveChanges inside an explicit transaction. Every caller here rolls
/// the whole transaction back when SaveChanges fails (a repeat found by a unique index, a failed event handler), so the
/// savepoint was never used, yet it cost two extra round trips (SAVEPOINT, RELEASE) on every purchase and every event.
/// </summary>
public sealed class NoAutoSavepointsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Disable(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Disable(eventData);
        return ValueTask.FromResult(result);
    }

    private static void Disable(DbContextEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            context.Database.AutoSavepointsEnabled = false;
        }
    }
}
