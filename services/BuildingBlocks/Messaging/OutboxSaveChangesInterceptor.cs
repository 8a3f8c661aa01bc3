using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Signals the dispatcher once new outbox rows are durable: after the SaveChanges that added them, or after the commit
/// of the transaction around it. Only added rows count — the dispatcher's own commits (marking rows published) must
/// not wake it, or it would spin through empty batches.
/// </summary>
public sealed class OutboxSaveChangesInterceptor(OutboxSignal signal)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Static: a context is committed through its own host's interceptor, which is the one that signals.
    private static readonly ConditionalWeakTable<DbContext, object> Pending = [];

    /// <summary>
    /// Rows written around EF (<see cref="OutboxBulkWriter"/>): wake the dispatcher when the transaction commits.
    /// </summary>
    internal static void ExpectRowsAtCommit(DbContext context)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Bulk outbox rows must be written inside the transaction that commits the change.");
        }

        Pending.AddOrUpdate(context, Pending);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteAddedRows(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteAddedRows(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default)
    {
        NotifyIfDurable(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfDurable(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public Task TransactionCommittedAsync(
        System.Data.Common.DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        NotifyIfPending(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        NotifyIfPending(eventData.Context);

    private void NoteAddedRows(DbContext? context)
    {
        if (context is not null
            && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            Pending.AddOrUpdate(context, Pending);
        }
    }

    private void NotifyIfDurable(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            NotifyIfPending(context);
        }
    }

    private void NotifyIfPending(DbContext? context)
    {
        if (context is not null && Pending.Remove(context))
        {
            signal.Notify();
        }
    }
}
