using Npgsql;

namespace Loyalty.Bench.Shared;

/// <summary>
/// A fresh, empty database on the project's PostgreSQL (127.0.0.1, PG_PORT or 25432, postgres/postgres) for one
/// benchmark run, named "{prefix}_{random}"; dropped (connections forced off) when disposed.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string server;

    private ScratchDatabase(string server, string name)
    {
        this.server = server;
        Name = name;
    }

    /// <summary>PostgreSQL's port: PG_PORT, else the project's 25432.</summary>
    public static string Port => Environment.GetEnvironmentVariable("PG_PORT") ?? "25432";

    public string Name { get; }

    /// <summary>The connection string of the scratch database.</summary>
    public string ConnectionString => $"{server};Database={Name}";

    public static async Task<ScratchDatabase> CreateAsync(string prefix)
    {
        var server = $"Host=127.0.0.1;Port={Port};Username=postgres;Password=postgres";
        var database = new ScratchDatabase(server, $"{prefix}_{Guid.NewGuid():N}");
        await database.AdminAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async ValueTask DisposeAsync() => await AdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection($"{server};Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
