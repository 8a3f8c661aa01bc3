using System.Net.Sockets;

namespace Loyalty.IntegrationTests.Support;

/// <summary>
/// The real PostgreSQL, RabbitMQ and Redis that deploy/servers.sh starts (same port variables).
/// A test that needs one and cannot reach it fails with a message saying how to start it; nothing is skipped.
/// </summary>
public static class TestServers
{
    public static int PostgresPort { get; } = Port("PG_PORT", 25432);
    public static int AmqpPort { get; } = Port("AMQP_PORT", 25672);
    public static int ManagementPort { get; } = Port("MGMT_PORT", 25673);
    public static int RedisPort { get; } = Port("REDIS_PORT", 26379);

    public static string PostgresConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PostgresPort};Username=postgres;Password=postgres;Database={database};Pooling=false";

    public static string AmqpUri(string virtualHost) =>
        $"amqp://guest:guest@127.0.0.1:{AmqpPort}/{Uri.EscapeDataString(virtualHost)}";

    public static string RedisConnectionString => $"127.0.0.1:{RedisPort}";

    public static void RequirePostgres() => Require("PostgreSQL", PostgresPort);

    public static void RequireRabbitMq() => Require("RabbitMQ", AmqpPort);

    public static void RequireRedis() => Require("Redis", RedisPort);

    private static void Require(string server, int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect("127.0.0.1", port);
        }
        catch (SocketException ex)
        {
            throw new InvalidOperationException(
                $"{server} is not reachable on 127.0.0.1:{port} ({ex.SocketErrorCode}). " +
                "These tests need the real server: " +
                "start it with `deploy/servers.sh up` (deploy/test.sh does this for you).", ex);
        }
    }

    private static int Port(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var port) ? port : fallback;
}
