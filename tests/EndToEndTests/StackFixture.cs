using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;
using Loyalty.Launcher;
using Npgsql;

namespace Loyalty.EndToEndTests;

/// <summary>
/// The whole platform as the local launcher runs it — five services and the gateway as real processes on the
/// real servers — isolated from a developer's running stack: other ports, e2e_* databases (fresh each run),
/// the "e2e" RabbitMQ virtual host and Redis database 1.
/// </summary>
public class StackFixture : IAsyncLifetime
{
    public const string VirtualHost = "e2e";

    /// <summary>
    /// How long a test waits for an event's effects. Waits end as soon as the condition holds; the bound is for a
    /// loaded 2-core machine, where an event that overtook the one it depends on is retried with back-off (up to 5
    /// times, up to 10 s apart) behind a queue of others: the 20 and 30 s the tests had were one slow retry away from
    /// failing.
    /// </summary>
    public static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Six processes starting (JIT, migrations) on 2 shared
    /// cores; ends as soon as every /health is green.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);

    public StackFixture()
        : this(VirtualHost, portOffset: 0, redisDatabase: 1)
    {
    }

    /// <param name="name">Prefix of its databases (name_*) and its RabbitMQ virtual host.</param>
    /// <param name="portOffset">Added to the base port, so two stacks of one run never share a port.</param>
    /// <param name="redisDatabase">Its own Redis database.</param>
    /// <param name="movedClock">Feedback's and Members' clocks can be moved on (POST /dev/clock, Development only):
    /// only a stack of its own has them, so moving time there never changes what the other tests read as now.</param>
    protected StackFixture(string name, int portOffset, int redisDatabase, bool movedClock = false)
    {
        // E2E_BASE_PORT lets two checkouts (each with its own servers) run the suite side by side.
        var basePort = int.TryParse(Environment.GetEnvironmentVariable("E2E_BASE_PORT"), out var port) ? port : 5200;
        // Where the console would run next to this stack (the launcher's gateway port + 7), for its callbacks.
        ConsoleAddress = new Uri($"http://127.0.0.1:{basePort + portOffset + 7}");
        MemberAppAddress = new Uri($"http://127.0.0.1:{basePort + portOffset + StackTopology.MemberApp.PortOffset}");
        Settings = new StackSettings
        {
            RepositoryRoot = RepositoryLocator.Root(),
            BuildConfiguration = RepositoryLocator.BuildConfiguration(typeof(StackFixture).Assembly),
            BasePort = basePort + portOffset,
            DatabasePrefix = name + "_",
            RabbitVirtualHost = name,
            RedisDatabase = redisDatabase,
            ExtraEnvironment = new Dictionary<string, string>
            {
                ["Outbox__PollInterval"] = "00:00:00.250",
                ["Identity__Console__BaseAddresses__0"] = ConsoleAddress.GetLeftPart(UriPartial.Authority),
                // Feedback's moved clock (POST /dev/clock, Development only): the survey flow waits days in seconds.
                ["Clock__Shiftable"] = movedClock ? "true" : "false",
                // Members' retention job looks every 2 s whether the (moved) clinic day's run is due.
                ["Privacy__Retention__CheckInterval"] = movedClock ? "00:00:02" : "01:00:00",
                // No quiet hours: a survey invitation (like marketing) would otherwise wait for 09:00 in Shanghai
                // whenever the suite runs in the evening there.
                ["Notification__QuietHoursStart"] = "00:00",
                ["Notification__QuietHoursEnd"] = "00:00",
            },
        };
    }

    public StackSettings Settings { get; }

    /// <summary>The console's address the Identity service knows for this stack (no console runs there).</summary>
    public Uri ConsoleAddress { get; }

    /// <summary>The member app of this stack (it runs with the stack, as the console does).</summary>
    public Uri MemberAppAddress { get; }

    public LocalStack Stack { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    public RabbitManagement Rabbit { get; } = new();

    public LocalServers Servers => new(Settings.RepositoryRoot);

    public async Task InitializeAsync()
    {
        TestServers.RequirePostgres();
        TestServers.RequireRabbitMq();
        TestServers.RequireRedis();

        foreach (var service in StackTopology.Services)
        {
            await ExecuteAsync("postgres",
                $"DROP DATABASE IF EXISTS \"{Settings.DatabaseName(service)}\" WITH (FORCE)");
        }

        await Rabbit.DeleteVirtualHostAsync(Settings.RabbitVirtualHost);
        await Rabbit.CreateVirtualHostAsync(Settings.RabbitVirtualHost);

        Stack = await LocalStack.StartAsync(Settings, StartTimeout, report: null, CancellationToken.None);
        Gateway = new HttpClient { BaseAddress = Stack.GatewayUrl };
    }

    public async Task<string> TokenAsync(string role, Guid? subject = null)
    {
        using var response = await Gateway.PostAsJsonAsync("/dev/token", new { role, subject = subject?.ToString() });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public async Task<HttpClient> ClientAsync(string role, Guid? subject = null) =>
        ClientWith(await TokenAsync(role, subject));

    /// <summary>A front-desk client whose token acts for this one store only.</summary>
    public async Task<HttpClient> FrontDeskOfAsync(string store)
    {
        using var response = await Gateway.PostAsJsonAsync(
            "/dev/token", new { role = "staff", storeIds = new[] { store } });
        response.EnsureSuccessStatusCode();
        return ClientWith((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken")
            .GetString()!);
    }

    /// <summary>A client of the gateway that sends this token.</summary>
    public HttpClient ClientWith(string token)
    {
        var client = new HttpClient { BaseAddress = Stack.GatewayUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs a scalar query in one service's database (e.g. "pointsdb").</summary>
    public async Task<T> QueryAsync<T>(string database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection =
            new NpgsqlConnection(Settings.PostgresConnectionString(Settings.DatabasePrefix + database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        // No row (yet) reads as the type's default, so a wait on an event's effect retries instead of failing on a
        // null it cannot unbox; any other value must be of the type asked for.
        return await command.ExecuteScalarAsync() is { } scalar and not DBNull ? (T)scalar : default!;
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }

        Rabbit.Dispose();
    }

    private async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(Settings.PostgresConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
