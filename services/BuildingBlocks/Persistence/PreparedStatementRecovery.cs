using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// Npgsql's automatic preparation saves PostgreSQL parsing and planning each statement every time (bench:
/// pgbench/preparation.sh), but its bookkeeping loses step with the server when a statement fails inside a
/// transaction (npgsql/npgsql#6391): later uses of that statement on the same connection failed with "Received
/// unexpected backend message DataRow". So a connection on which a command failed forgets its prepared statements
/// (DEALLOCATE ALL) once the failure is over: when its transaction is rolled back, or before it goes back to the pool.
/// Failures are rare (a repeated order, a taken phone), so the statements are soon prepared again.
/// </summary>
public sealed class PreparedStatementRecovery
    : IDbCommandInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<DbConnection, object> Failed = [];

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => MarkFailed(command);

    public Task CommandFailedAsync(
        DbCommand command,
        CommandErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        MarkFailed(command);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Recover(eventData.Context?.Database.GetDbConnection());

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Recover(eventData.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(
        DbConnection connection,
        ConnectionEventData eventData,
        InterceptionResult result)
    {
        Recover(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Recover(connection);
        return ValueTask.FromResult(result);
    }

    private static void MarkFailed(DbCommand command)
    {
        if (command.Connection is { } connection)
        {
            Failed.AddOrUpdate(connection, Failed);
        }
    }

    private static void Recover(DbConnection? connection)
    {
        if (connection is not NpgsqlConnection { State: System.Data.ConnectionState.Open } npgsql
            || !Failed.TryGetValue(connection, out _))
        {
            return;
        }

        Failed.Remove(connection);
        try
        {
            npgsql.UnprepareAll();
        }
        catch (NpgsqlException)
        {
            // Still inside the failed transaction (PostgreSQL refuses all but ROLLBACK): retire the pool's connections
            // instead, this one among them, as they come back.
            NpgsqlConnection.ClearPool(npgsql);
        }
    }
}
