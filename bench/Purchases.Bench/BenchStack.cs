using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Loyalty.Launcher;
using Npgsql;

namespace Loyalty.Purchases.Bench;

/// <summary>
/// The whole platform started by the launcher library, isolated like the end-to-end fixture but on its own slots:
/// ports 5300+, bench_* databases (fresh each run), the "bench" RabbitMQ virtual host, Redis database 2.
/// </summary>
public static class BenchStack
{
    public const string VirtualHost = "bench";

    /// <summary>Connections each service may hold: five of them stay under
    /// PostgreSQL's 100 (shared with the dev stack and tests).</summary>
    public const int MaxPoolSize = 16;

    public static StackSettings Settings(string repositoryRoot)
    {
        var settings = new StackSettings
        {
            RepositoryRoot = repositoryRoot,
            BuildConfiguration = "Release",
            BasePort = 5300,
            DatabasePrefix = "bench_",
            RabbitVirtualHost = VirtualHost,
            RedisDatabase = 2,
        };
        var environment = new Dictionary<string, string>
        {
            // One staff token is one gateway client: the default 600 a minute would reject most of the load.
            ["RateLimiting__PermitLimit"] = "10000000",
            ["RateLimiting__Window"] = "00:01:00",
            // Information logs a line per registration and per consumed event; the logs are files nobody reads here.
            ["Logging__LogLevel__Default"] = "Warning",
        };
        // Npgsql's default pool (100) is PostgreSQL's whole max_connections: overloaded, Points alone would take every
        // connection and the other services (and anyone else on the server) would get "too many clients" (53300).
        foreach (var service in StackTopology.Services)
        {
            environment[$"ConnectionStrings__{service.Database}"] =
                $"{settings.PostgresConnectionString(settings.DatabaseName(service))};Maximum Pool Size={MaxPoolSize}";
        }

        return settings with { ExtraEnvironment = environment };
    }

    /// <summary>Drops the bench_* databases, recreates the virtual
    /// host, starts every process and waits for each /health.</summary>
    public static async Task<LocalStack> StartAsync(StackSettings settings, CancellationToken cancellationToken)
    {
        Require("PostgreSQL", settings.Host, settings.PostgresPort);
        Require("RabbitMQ", settings.Host, settings.AmqpPort);
        Require("RabbitMQ management", settings.Host, settings.RabbitManagementPort);
        Require("Redis", settings.Host, settings.RedisPort);

        await using (var connection = new NpgsqlConnection(settings.PostgresConnectionString("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var service in StackTopology.Services)
            {
                await using var drop = new NpgsqlCommand(
                    $"DROP DATABASE IF EXISTS \"{settings.DatabaseName(service)}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        using (var management = new HttpClient
            { BaseAddress = new Uri($"http://{settings.Host}:{settings.RabbitManagementPort}/api/") })
        {
            management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
            var vhost = Uri.EscapeDataString(VirtualHost);
            // 404 when there was none
            using var deleted = await management.DeleteAsync($"vhosts/{vhost}", cancellationToken);
            using var created = await management.PutAsync($"vhosts/{vhost}", null, cancellationToken);
            created.EnsureSuccessStatusCode();
            using var permitted = await management.PutAsJsonAsync($"permissions/{vhost}/guest",
                new { configure = ".*", write = ".*", read = ".*" }, cancellationToken);
            permitted.EnsureSuccessStatusCode();
        }

        return await LocalStack.StartAsync(settings, TimeSpan.FromSeconds(180),
            line => Console.WriteLine($"    {line}"), cancellationToken);
    }

    /// <summary>A client of the gateway holding a staff token from
    /// POST /dev/token; many connections, no retries.</summary>
    public static async Task<HttpClient> StaffClientAsync(Uri gateway, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 2048 })
        {
            BaseAddress = gateway,
            Timeout = TimeSpan.FromSeconds(30),
        };
        using var response = await client.PostAsJsonAsync("/dev/token", new { role = "staff" }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(cancellationToken))
            .GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static void Require(string server, string host, int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(host, port);
        }
        catch (SocketException ex)
        {
            throw new InvalidOperationException($"{server} is not reachable on {host}:{port} ({ex.SocketErrorCode}): " +
                $"start the servers with `deploy/servers.sh up`.", ex);
        }
    }
}
