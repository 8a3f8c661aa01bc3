using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Loyalty.BuildingBlocks.Caching;

public static class RedisExtensions
{
    /// <summary>
    /// Redis (ConnectionStrings:{connectionName}, "host:port[,options]") behind purpose-named services:
    /// <see cref="ExpiringCounter"/>, <see cref="Deduplicator"/>, <see cref="ExpiringCache"/>; plus a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddRedis(
        this IHostApplicationBuilder builder,
        string connectionName,
        string serviceName)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} (Redis host:port) is not configured.");

        builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connectionString);
            // Start even if Redis is not up yet; the health check reports it and the multiplexer reconnects.
            options.AbortOnConnectFail = false;
            options.ClientName = serviceName;
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddSingleton(new RedisKeyspace($"loyalty:{serviceName}:"));
        builder.Services.AddSingleton<ExpiringCounter>();
        builder.Services.AddSingleton<Deduplicator>();
        builder.Services.AddSingleton<ExpiringCache>();
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(connectionName, tags: ["ready"]);
        return builder;
    }
}
