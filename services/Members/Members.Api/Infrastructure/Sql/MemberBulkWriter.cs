using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Loyalty.Members.Api.Infrastructure.Sql;

/// <summary>
/// Writes members with one binary COPY on the context's connection and transaction (bulk import). The column list is
/// the model's (<see cref="SqlNames"/>), each column written beside the property it comes from. COPY cannot be
/// PREPAREd, so this is not a ModelSql statement; the import's integration test writes through it.
/// </summary>
internal static class MemberBulkWriter
{
    private delegate Task WriteColumn(NpgsqlBinaryImporter writer, Member member, CancellationToken cancellationToken);

    private static readonly (string Property, WriteColumn Write)[] Columns =
    [
        (nameof(Member.Id), (w, m, ct) => w.WriteAsync(m.Id, NpgsqlDbType.Uuid, ct)),
        (nameof(Member.Phone), (w, m, ct) => w.WriteAsync(m.Phone, NpgsqlDbType.Varchar, ct)),
        (nameof(Member.Name), (w, m, ct) => w.WriteAsync(m.Name, NpgsqlDbType.Varchar, ct)),
        (nameof(Member.Gender), (w, m, ct) => w.WriteAsync(m.Gender.ToString(), NpgsqlDbType.Varchar, ct)),
        (nameof(Member.BirthDate), (w, m, ct) => w.WriteAsync(m.BirthDate, NpgsqlDbType.Date, ct)),
        (nameof(Member.SkinType), (w, m, ct) => m.SkinType is null
            ? w.WriteNullAsync(ct)
            : w.WriteAsync(m.SkinType, NpgsqlDbType.Varchar, ct)),
        (nameof(Member.InterestTags), (w, m, ct) =>
            w.WriteAsync(m.InterestTags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct)),
        (nameof(Member.HomeStoreId), (w, m, ct) => w.WriteAsync(m.HomeStoreId, NpgsqlDbType.Varchar, ct)),
        (nameof(Member.ReferralCode), (w, m, ct) => w.WriteAsync(m.ReferralCode, NpgsqlDbType.Varchar, ct)),
        (nameof(Member.ReferredByMemberId), (w, _, ct) => w.WriteNullAsync(ct)), // imported members have no referrer
        (nameof(Member.Tier), (w, m, ct) => w.WriteAsync(m.Tier.ToString(), NpgsqlDbType.Varchar, ct)),
        (nameof(Member.RegisteredAt), (w, m, ct) =>
            w.WriteAsync(m.RegisteredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct)),
        (nameof(Member.NextTierReviewOn), (w, m, ct) => w.WriteAsync(m.NextTierReviewOn, NpgsqlDbType.Date, ct)),
    ];

    public static async Task WriteAsync(
        MembersDbContext db, IEnumerable<Member> members, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var copy = CopyCommand(new SqlNames(db.Model));
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var member in members)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var (_, write) in Columns)
            {
                await write(writer, member, cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static string CopyCommand(SqlNames sql) =>
        $"COPY {sql.Table<Member>()} ({string.Join(", ", Columns.Select(c => sql.Column<Member>(c.Property)))}) "
        + "FROM STDIN (FORMAT BINARY)";
}
