using Loyalty.Contracts;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Writes many outbox rows with one binary COPY, for bulk operations (imports) where row-by-row inserts would take
/// minutes. Runs on the context's connection and transaction, so the events still commit with the state change, and
/// the dispatcher is woken when that transaction commits (as for rows SaveChanges adds).
/// </summary>
public static class OutboxBulkWriter
{
    public static async Task WriteAsync(
        DbContext context,
        IEnumerable<IntegrationEvent> events,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        OutboxSaveChangesInterceptor.ExpectRowsAtCommit(context);
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY outbox_messages (
                "Id", "EventType", "Payload", "OccurredAt", "CreatedAt", "TraceParent", "CorrelationId", "Attempts")
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var integrationEvent in events)
        {
            PublishesAttribute.EnsureDeclared(context.GetType(), integrationEvent.GetType());
            var message = OutboxMessage.For(integrationEvent, now);
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(message.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(message.EventType, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(message.Payload, NpgsqlDbType.Jsonb, cancellationToken);
            await writer.WriteAsync(message.OccurredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(message.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullableAsync(writer, message.TraceParent, cancellationToken);
            await WriteNullableAsync(writer, message.CorrelationId, cancellationToken);
            await writer.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync(
        NpgsqlBinaryImporter writer,
        string? value,
        CancellationToken cancellationToken) =>
        value is null
            ? writer.WriteNullAsync(cancellationToken)
            : writer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);
}
