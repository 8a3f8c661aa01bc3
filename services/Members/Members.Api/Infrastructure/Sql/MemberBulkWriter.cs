using Loyalty.Members.Api.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Loyalty.Members.Api.Infrastructure;

/// <summary>Writes members with one binary COPY on the caller's connection and transaction (bulk import).</summary>
internal static class MemberBulkWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, IEnumerable<Member> members, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY members ("Id", "Phone", "Name", "Gender", "BirthDate", "SkinType", "InterestTags", "HomeStoreId", "ReferralCode", "ReferredByMemberId", "Tier", "RegisteredAt", "NextTierReviewOn")
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var member in members)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(member.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(member.Phone, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(member.Name, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(member.Gender.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(member.BirthDate, NpgsqlDbType.Date, cancellationToken);
            await (member.SkinType is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(member.SkinType, NpgsqlDbType.Varchar, cancellationToken));
            await writer.WriteAsync(member.InterestTags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(member.HomeStoreId, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(member.ReferralCode, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteNullAsync(cancellationToken); // imported members come without a referrer
            await writer.WriteAsync(member.Tier.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(member.RegisteredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(member.NextTierReviewOn, NpgsqlDbType.Date, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
