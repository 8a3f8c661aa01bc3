using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts;
using Loyalty.Contracts.Segmentation;
using Loyalty.Segmentation.Api.Domain.Segments;

namespace Loyalty.Segmentation.Api.Infrastructure.Sql;

/// <summary>
/// Applies many membership changes at once, in the context's transaction: removed rows with one DELETE over arrays,
/// added rows with one INSERT over arrays, and their SegmentLeft/SegmentEntered events with one COPY into the outbox —
/// so a recompute of 100k members stays a few statements.
/// </summary>
internal static class MembershipWriter
{
    /// <summary>{0} the members, {1} the segment codes, pairwise.</summary>
    private static readonly ModelSql<SegmentationDbContext> Remove = new(sql =>
    {
        string S(string property) => sql.Column<SegmentMembership>(property);
        return $$"""
            DELETE FROM {{sql.Table<SegmentMembership>()}} s USING unnest({0}::uuid[], {1}::text[]) AS d(id, code)
            WHERE s.{{S(nameof(SegmentMembership.MemberId))}} = d.id
              AND s.{{S(nameof(SegmentMembership.SegmentCode))}} = d.code
            """;
    });

    /// <summary>{0} the members, {1} the segment codes, pairwise; {2} when they entered.</summary>
    private static readonly ModelSql<SegmentationDbContext> Add = new(sql =>
    {
        string S(string property) => sql.Column<SegmentMembership>(property);
        return $$"""
            INSERT INTO {{sql.Table<SegmentMembership>()}} ({{S(nameof(SegmentMembership.MemberId))}},
                {{S(nameof(SegmentMembership.SegmentCode))}}, {{S(nameof(SegmentMembership.EnteredAt))}})
            SELECT e.id, e.code, {2} FROM unnest({0}::uuid[], {1}::text[]) AS e(id, code)
            """;
    });

    public static async Task ApplyAsync(
        SegmentationDbContext db,
        IReadOnlyList<(Guid MemberId, SegmentDefinition Segment)> entered,
        IReadOnlyList<(Guid MemberId, SegmentDefinition Segment)> left,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (left.Count > 0)
        {
            await Remove.ExecuteAsync(
                db,
                cancellationToken,
                left.Select(l => l.MemberId).ToArray(),
                left.Select(l => l.Segment.Code).ToArray());
        }

        if (entered.Count > 0)
        {
            await Add.ExecuteAsync(
                db,
                cancellationToken,
                entered.Select(e => e.MemberId).ToArray(),
                entered.Select(e => e.Segment.Code).ToArray(),
                now.ToUniversalTime());
        }

        IEnumerable<IntegrationEvent> events =
        [
            .. left.Select(l => new SegmentLeft(l.MemberId, l.Segment.Code, l.Segment.Name, l.Segment.Kind)
            {
                OccurredAt = now,
            }),
            .. entered.Select(e => new SegmentEntered(e.MemberId, e.Segment.Code, e.Segment.Name, e.Segment.Kind)
            {
                OccurredAt = now,
            }),
        ];
        if (left.Count + entered.Count > 0)
        {
            await OutboxBulkWriter.WriteAsync(db, events, now, cancellationToken);
        }
    }
}
