using Loyalty.BuildingBlocks.Persistence;
using Loyalty.IntegrationTests.Support;
using Npgsql;

namespace Loyalty.IntegrationTests.Persistence;

/// <summary>
/// A statement PostgreSQL rejects inside a transaction (a value too long for its column) must leave the pooled
/// connection fit for the next request. With Npgsql's automatic preparation it did not: the statement prepared
/// before the failure was later answered out of step ("Received unexpected backend message DataRow").
/// </summary>
public sealed class StatementReuseFailureTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new("reuse");

    public async Task InitializeAsync()
    {
        await using var admin = new NpgsqlConnection(TestServers.PostgresConnectionString("postgres"));
        await admin.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{_database.Name}\"", admin))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var table = new NpgsqlCommand(
            "CREATE TABLE notes (id serial PRIMARY KEY, value varchar(8) NOT NULL)", connection);
        await table.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_rejected_statement_in_a_rolled_back_transaction_leaves_the_pooled_connection_usable()
    {
        // One pooled connection, so every command below runs on the connection the failure happened on.
        var pooled = DatabaseExtensions.WithConnectionReuse(
            _database.ConnectionString.Replace("Pooling=false", "Pooling=true;Maximum Pool Size=1"));

        // Each round is a statement of its own, rejected at each of its first uses in turn (the use that prepares it
        // among them), then used again.
        var ids = new List<int>();
        for (var round = 0; round < 4; round++)
        {
            var insert = $"INSERT INTO notes (value) VALUES (@value) RETURNING id /* round {round} */";
            for (var use = 0; use < round; use++)
            {
                ids.Add(await InsertAsync(pooled, insert, "ok"));
            }

            await using (var connection = new NpgsqlConnection(pooled))
            {
                await connection.OpenAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                var rejected = await Assert.ThrowsAsync<PostgresException>(
                    () => InsertAsync(connection, insert, "far too long"));
                Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, rejected.SqlState);
                await transaction.RollbackAsync();
            }

            for (var use = 0; use < 3; use++)
            {
                ids.Add(await InsertAsync(pooled, insert, "after"));
            }

            Assert.Equal(ids.Count, await CountAsync(pooled));
            Assert.Equal(ids.Order().Distinct(), ids);
        }
    }

    private static async Task<int> InsertAsync(string connectionString, string sql, string value)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await InsertAsync(connection, sql, value);
    }

    private static async Task<int> InsertAsync(NpgsqlConnection connection, string sql, string value)
    {
        await using var insert = new NpgsqlCommand(sql, connection);
        insert.Parameters.AddWithValue("value", value);
        return (int)(await insert.ExecuteScalarAsync())!;
    }

    private static async Task<long> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM notes", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
