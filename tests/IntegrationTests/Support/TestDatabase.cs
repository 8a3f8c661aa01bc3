using Npgsql;

namespace Loyalty.IntegrationTests.Support;

/// <summary>A throw-away PostgreSQL database on the real server, dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public TestDatabase(string prefix)
    {
        TestServers.RequirePostgres();
        Name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        ConnectionString = TestServers.PostgresConnectionString(Name);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(TestServers.PostgresConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
