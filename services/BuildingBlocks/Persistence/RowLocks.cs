using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// Row locks written as LINQ, so the locked table and columns come from the EF model and a rename cannot leave a
/// hand-typed <c>FOR UPDATE</c> behind: <c>db.Accounts.Where(a =&gt; a.MemberId == id).ForUpdate()</c>. The query is
/// tagged, and <see cref="RowLockInterceptor"/> appends the locking clause to the SQL EF generated for it.
/// Lock a single table's rows (no Include): PostgreSQL refuses FOR UPDATE on the nullable side of an outer join.
/// </summary>
public static class RowLocks
{
    internal const string ForUpdateTag = "loyalty:for-update";
    internal const string SkipLockedTag = "loyalty:for-update-skip-locked";

    /// <summary>Locks the rows the query returns until the transaction ends; others wait.</summary>
    public static IQueryable<T> ForUpdate<T>(this IQueryable<T> query) => query.TagWith(ForUpdateTag);

    /// <summary>Locks the rows the query returns that nobody else holds, and leaves out the ones they do.</summary>
    public static IQueryable<T> ForUpdateSkipLocked<T>(this IQueryable<T> query) => query.TagWith(SkipLockedTag);
}

/// <summary>
/// Appends FOR UPDATE (SKIP LOCKED) to the queries <see cref="RowLocks"/> tagged. Every service's DbContext adds it
/// in OnConfiguring (<see cref="UseRowLocks"/>), so a context built anywhere (tests, tools) locks the same way.
/// </summary>
public sealed class RowLockInterceptor : DbCommandInterceptor
{
    private static readonly RowLockInterceptor Instance = new();

    public static DbContextOptionsBuilder UseRowLocks(DbContextOptionsBuilder options) =>
        options.AddInterceptors(Instance);

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        AppendLockingClause(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        AppendLockingClause(command);
        return ValueTask.FromResult(result);
    }

    internal static void AppendLockingClause(DbCommand command)
    {
        // EF writes tags as the leading "-- tag" comment lines of the statement; most statements have none.
        if (!command.CommandText.StartsWith("-- ", StringComparison.Ordinal))
        {
            return;
        }

        var tags = command.CommandText.Split('\n')
            .TakeWhile(line => line.StartsWith("-- ", StringComparison.Ordinal))
            .Select(line => line[3..].TrimEnd('\r'))
            .ToList();
        if (tags.Contains(RowLocks.SkipLockedTag))
        {
            command.CommandText += "\nFOR UPDATE SKIP LOCKED";
        }
        else if (tags.Contains(RowLocks.ForUpdateTag))
        {
            command.CommandText += "\nFOR UPDATE";
        }
    }
}
