using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Segmentation;
using Loyalty.Segmentation.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Loyalty.Segmentation.Api.Infrastructure;

/// <summary>
/// Applies many membership changes at once, on the context's connection and in its transaction: removed rows with one
/// DELETE over arrays, added rows with one binary COPY, and their SegmentLeft/SegmentEntered events with one COPY
/// into the outbox — so a recompute of 100k members stays a few statements.
/// </summary>
internal static class MembershipWriter
{
    public static async Task ApplyAsync(
        DbContext context,
        IReadOnlyList<(Guid MemberId, SegmentDefinition Segment)> entered,
        IReadOnlyList<(Guid MemberId, SegmentDefinition Segment)> left,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        if (left.Count > 0)
        {
            await using var delete = new NpgsqlCommand(
                """
                DELETE FROM segment_memberships s USING unnest(@ids, @codes) AS d(id, code)
                WHERE s."MemberId" = d.id AND s."SegmentCode" = d.code
                """,
                connection);
            delete.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = left.Select(l => l.MemberId).ToArray() });
            delete.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = left.Select(l => l.Segment.Code).ToArray() });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        if (entered.Count > 0)
        {
            await using var writer = await connection.BeginBinaryImportAsync(
                """COPY segment_memberships ("SegmentCode", "MemberId", "EnteredAt") FROM STDIN (FORMAT BINARY)""", cancellationToken);
            foreach (var (memberId, segment) in entered)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(segment.Code, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(memberId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(now.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        IEnumerable<IntegrationEvent> events =
        [
            .. left.Select(l => new SegmentLeft(l.MemberId, l.Segment.Code, l.Segment.Name, l.Segment.Kind) { OccurredAt = now }),
            .. entered.Select(e => new SegmentEntered(e.MemberId, e.Segment.Code, e.Segment.Name, e.Segment.Kind) { OccurredAt = now }),
        ];
        if (left.Count + entered.Count > 0)
        {
            await OutboxBulkWriter.WriteAsync(context, events, now, cancellationToken);
        }
    }
}
