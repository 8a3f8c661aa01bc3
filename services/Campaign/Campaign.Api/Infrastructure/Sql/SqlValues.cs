using Npgsql;
using NpgsqlTypes;

namespace Loyalty.Campaign.Api.Infrastructure.Sql;

/// <summary>
/// Values a <see cref="Loyalty.BuildingBlocks.Persistence.ModelSql{TContext}"/> cannot type from themselves: nulls.
/// </summary>
internal static class SqlValues
{
    public static NpgsqlParameter Uuid(
        Guid? value) => new() { NpgsqlDbType = NpgsqlDbType.Uuid, Value = (object?)value ?? DBNull.Value };

    public static NpgsqlParameter Text(
        string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    public static NpgsqlParameter Uuids(IEnumerable<Guid?> values) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid, Value = values.ToArray() };
}
