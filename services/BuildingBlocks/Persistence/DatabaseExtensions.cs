using Loyalty.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Loyalty.BuildingBlocks.Persistence;

public static class DatabaseExtensions
{
    /// <summary>The configuration key of <see cref="MigrationMode"/>.</summary>
    public const string MigrationsKey = "Database:Migrations";

    /// <summary>
    /// The service's own PostgreSQL database (ConnectionStrings:{connectionName}): the DbContext with the outbox
    /// interceptor, a readiness health check, and migrations applied at start before anything else runs
    /// (<paramref name="applyMigrations"/> false: for test and benchmark models that have no migrations and create
    /// their schema themselves).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName,
        bool applyMigrations = true)
        where TContext : DbContext
    {
        var connectionString = WithStatementReuse(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} (the service's PostgreSQL database) is not configured."));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxSaveChangesInterceptor>();
        builder.Services.TryAddSingleton<NoAutoSavepointsInterceptor>();
        builder.Services.TryAddSingleton<ColumnLimitsInterceptor>();
        builder.Services.TryAddSingleton<PreparedStatementRecovery>();
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(
                services.GetRequiredService<ColumnLimitsInterceptor>(),
                services.GetRequiredService<OutboxSaveChangesInterceptor>(),
                services.GetRequiredService<NoAutoSavepointsInterceptor>(),
                services.GetRequiredService<PreparedStatementRecovery>())
            // A unique index is how repeats are found (a resent order, a taken phone): those failures are caught and
            // answered, and EF Core logging each one as an error would cry wolf. Failures nobody catches are still
            // logged as errors by whoever the exception reaches (the exception handler, MassTransit, PeriodicJob).
            .ConfigureWarnings(warnings => warnings.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug))));

        // Registered before the event bus, so hosted services start after the schema is current.
        var migrations = builder.Configuration.GetValue(MigrationsKey, MigrationMode.OnStart);
        builder.Services.AddSingleton(new MigrationSettings(migrations));
        if (applyMigrations && migrations != MigrationMode.Skip)
        {
            builder.Services.AddHostedService<MigrationHostedService<TContext>>();
        }

        builder.Services.AddSingleton(new SchemaReadiness(migrations == MigrationMode.Skip));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(connectionName, tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// Every event and request runs the same few dozen statements. By default Npgsql resets a pooled connection with
    /// DISCARD ALL, which also drops its prepared statements, and prepares nothing, so PostgreSQL parses and plans each
    /// statement every time (2.8 times its CPU per purchase, bench/Purchases.Bench/pgbench/preparation.sh). Keeping
    /// pooled connections as they are and preparing statements used twice saves that. Safe here: nothing leaves session
    /// state behind (advisory locks are transaction-scoped, no SET, the one temporary table drops at commit), and
    /// <see cref="PreparedStatementRecovery"/> mends the one case Npgsql gets wrong (a statement failing in a
    /// transaction). A connection string that names either setting keeps its own value.
    /// </summary>
    public static string WithStatementReuse(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!Names(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;

        static bool Names(string connectionString, params string[] keys) =>
            keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
    }
}
