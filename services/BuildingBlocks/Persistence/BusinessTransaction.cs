using Microsoft.EntityFrameworkCore;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// The one way a use case runs a business transaction: begin, let the work take its locks (in the order the service's
/// <c>Infrastructure/Sql</c> locks document) and stage its changes and events, save with the outbox, commit.
/// A refusal returns before staging anything; whatever the work staged is saved.
/// When the commit hits one of the given unique indexes (a resent order, a repeated request id), the transaction is
/// rolled back, the tracker cleared, and the repeat's outcome read instead: the earlier or concurrent winner's result.
/// </summary>
public static class BusinessTransaction
{
    public static Task<TOutcome> RunAsync<TOutcome>(
        this DbContext db, Func<CancellationToken, Task<TOutcome>> work, CancellationToken cancellationToken) =>
        db.RunAsync(work, [], cancellationToken);

    public static async Task<TOutcome> RunAsync<TOutcome>(
        this DbContext db,
        Func<CancellationToken, Task<TOutcome>> work,
        IReadOnlyList<Repeat<TOutcome>> repeats,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        TOutcome outcome;
        try
        {
            outcome = await work(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (repeats.FirstOrDefault(r => ex.IsUniqueViolation(r.UniqueIndex)) is { } repeat)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await repeat.OutcomeAsync(cancellationToken);
        }

        return outcome;
    }
}

/// <summary>
/// What a unique violation on <paramref name="UniqueIndex"/> means for a use case: the same thing was done before or
/// concurrently, and <paramref name="OutcomeAsync"/> reads that result (outside the rolled-back transaction).
/// </summary>
public sealed record Repeat<TOutcome>(string UniqueIndex, Func<CancellationToken, Task<TOutcome>> OutcomeAsync);
