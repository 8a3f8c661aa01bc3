using Loyalty.BuildingBlocks.Persistence;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loyalty.IntegrationTests.Persistence;

/// <summary>
/// A statement PostgreSQL rejects inside a transaction (a value too long for its column) must leave the pooled
/// connection fit for the next request. With Npgsql's automatic preparation alone it did not: the statement was
/// later answered out of step ("Received unexpected backend message DataRow", npgsql/npgsql#6391).
/// <see cref="PreparedStatementRecovery"/> is what mends it; these run with the services' own connection settings.
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

        await using var context = Context();
        await context.Database.ExecuteSqlRawAsync(
            "CREATE TABLE notes (id serial PRIMARY KEY, value varchar(8) NOT NULL)");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_rejected_statement_in_a_rolled_back_transaction_leaves_the_pooled_connection_usable(
        int usesBefore)
    {
        // Rejected after this many good uses (the second use is the one that prepares it), then used again.
        var insert =
            $"INSERT INTO notes (value) VALUES ({{0}}) RETURNING id AS \"Value\" /* {usesBefore} uses before */";
        for (var use = 0; use < usesBefore; use++)
        {
            Assert.True(await InsertAsync(insert, "ok") > 0);
        }

        await using (var context = Context())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            var rejected =
                await Assert.ThrowsAsync<PostgresException>(() => InsertAsync(context, insert, "far too long"));
            Assert.Equal(PostgresErrorCodes.StringDataRightTruncation, rejected.SqlState);
            await transaction.RollbackAsync();

            // The same connection, straight after the rollback, as an endpoint re-reads after a unique violation.
            Assert.True(await InsertAsync(context, insert, "same") > 0);
        }

        for (var use = 0; use < 3; use++)
        {
            Assert.True(await InsertAsync(insert, "after") > 0);
        }

        await using var reader = Context();
        Assert.Equal(usesBefore + 4,
            await reader.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM notes").SingleAsync());
    }

    private async Task<int> InsertAsync(string sql, string value)
    {
        await using var context = Context();
        return await InsertAsync(context, sql, value);
    }

    /// <summary>The inserted row's id: a statement that answers with a row, as the ones that lost step did.</summary>
    private static async Task<int> InsertAsync(DbContext context, string sql, string value) =>
        (await context.Database.SqlQueryRaw<int>(sql, value).ToListAsync()).Single();

    /// <summary>One pooled connection, so every command runs on the connection the failure happened on.</summary>
    private DbContext Context() => new(new DbContextOptionsBuilder()
        .UseNpgsql(DatabaseExtensions.WithStatementReuse(
            _database.ConnectionString.Replace("Pooling=false", "Pooling=true;Maximum Pool Size=1")))
        .AddInterceptors(new PreparedStatementRecovery())
        .Options);
}
