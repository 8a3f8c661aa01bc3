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
    /// <summary>
    /// The service's own PostgreSQL database (ConnectionStrings:{connectionName}): the DbContext with the outbox
    /// interceptor, a readiness health check, and migrations applied at start before anything else runs
    /// (<paramref name="applyMigrations"/> false: for test and benchmark models that have no migrations and create their schema themselves).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName, bool applyMigrations = true)
        where TContext : DbContext
    {
        var connectionString = WithConnectionReuse(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} (the service's PostgreSQL database) is not configured."));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxSaveChangesInterceptor>();
        builder.Services.TryAddSingleton<NoAutoSavepointsInterceptor>();
        builder.Services.TryAddSingleton<ColumnLimitsInterceptor>();
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(
                services.GetRequiredService<ColumnLimitsInterceptor>(),
                services.GetRequiredService<OutboxSaveChangesInterceptor>(),
                services.GetRequiredService<NoAutoSavepointsInterceptor>())
            // A unique index is how repeats are found (a resent order, a taken phone): those failures are caught and
            // answered, and EF Core logging each one as an error would cry wolf. Failures nobody catches are still
            // logged as errors by whoever the exception reaches (the exception handler, MassTransit, PeriodicJob).
            .ConfigureWarnings(warnings => warnings.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug))));

        // Registered before the event bus, so hosted services start after the schema is current.
        if (applyMigrations)
        {
            builder.Services.AddHostedService<MigrationHostedService<TContext>>();
        }

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(connectionName, tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// By default Npgsql resets a pooled connection with DISCARD ALL; nothing here leaves session state behind
    /// (advisory locks are transaction-scoped, no SET, the one temporary table drops at commit), so pooled connections
    /// are kept as they are. Statements are not prepared automatically: Npgsql's automatic preparation loses step with
    /// the server after a statement PostgreSQL rejects inside a transaction (npgsql/npgsql#6391), and the next request
    /// on that connection failed with "Received unexpected backend message DataRow"
    /// (<c>StatementReuseFailureTests</c>). A connection string that names either setting keeps its own value.
    /// </summary>
    public static string WithConnectionReuse(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!Names(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 0;
        }

        return builder.ConnectionString;

        static bool Names(string connectionString, params string[] keys) =>
            keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));
    }
}
