using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Loyalty.IntegrationTests.Persistence;

/// <summary>
/// Database:Migrations on a real, empty database: a Kubernetes release's migration Job migrates and stops (Only), and
/// its pods (Skip) never migrate and stay unready until the Job has.
/// </summary>
public sealed class MigrationModeTests
{
    [Fact]
    public async Task Only_migrates_the_database_and_then_stops_the_process()
    {
        await using var database = new TestDatabase("it_migmode");
        using var host = Host(database, MigrationMode.Only);

        await host.StartAsync();

        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Skip_never_migrates_and_stays_unready_until_the_migration_step_has_run()
    {
        await using var database = new TestDatabase("it_migmode");
        await CreateEmptyAsync(database); // as an operator (CloudNativePG) creates it
        using var host = Host(database, MigrationMode.Skip);
        await host.StartAsync();
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var before = await health.CheckHealthAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
            Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
            await db.Database.MigrateAsync(); // what the release's Job does
        }

        var after = await health.CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal("migrations pending", before.Entries["feedbackdb"].Description);
        Assert.Equal(HealthStatus.Healthy, after.Status);
        await host.StopAsync();
    }

    private static async Task CreateEmptyAsync(TestDatabase database)
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres" };
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    private static IHost Host(TestDatabase database, MigrationMode mode)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:feedbackdb"] = database.ConnectionString,
            [DatabaseExtensions.MigrationsKey] = mode.ToString(),
        });
        builder.AddServiceDatabase<FeedbackDbContext>("feedbackdb");
        return builder.Build();
    }
}
