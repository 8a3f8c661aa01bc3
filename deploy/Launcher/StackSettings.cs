namespace Loyalty.Launcher;

/// <summary>
/// Where the servers are and how this copy of the stack is isolated (ports, database names, vhost, Redis database).
/// </summary>
public sealed record StackSettings
{
    public required string RepositoryRoot { get; init; }

    public string BuildConfiguration { get; init; } = "Debug";

    /// <summary>
    /// The gateway listens here; services on the next ports (see <see cref="ServiceDefinition.PortOffset"/>).
    /// </summary>
    public int BasePort { get; init; } = 5100;

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>
    /// Connections each service may hold; six processes stay well inside the server's max_connections (300).
    /// </summary>
    public const int ServicePoolSize = 30;

    public int PostgresPort { get; init; } = EnvPort("PG_PORT", 25432);

    public string PostgresUser { get; init; } = "postgres";

    public string PostgresPassword { get; init; } = "postgres";

    /// <summary>Prefixed to each database name, e.g. "e2e_" gives e2e_membersdb.</summary>
    public string DatabasePrefix { get; init; } = "";

    public int AmqpPort { get; init; } = EnvPort("AMQP_PORT", 25672);

    public int RabbitManagementPort { get; init; } = EnvPort("MGMT_PORT", 25673);

    public string RabbitVirtualHost { get; init; } = "/";

    public int RedisPort { get; init; } = EnvPort("REDIS_PORT", 26379);

    public int RedisDatabase { get; init; }

    public string Environment { get; init; } = "Development";

    /// <summary>
    /// Processes per service (deploy/run.sh --replicas N, or LOYALTY_REPLICAS): the gateway balances over them, their
    /// consumers compete on the same queues. The gateway and the front ends run once.
    /// </summary>
    public int Replicas { get; init; } = int.TryParse(
        System.Environment.GetEnvironmentVariable("LOYALTY_REPLICAS"), out var replicas) && replicas > 1 ? replicas : 1;

    /// <summary>Ports a replica moves up by: replica r of a service listens at its port + r × this.</summary>
    public const int ReplicaPortStride = 10;

    /// <summary>Extra variables for every process (e.g. faster outbox polling in tests).</summary>
    public IReadOnlyDictionary<string, string> ExtraEnvironment { get; init; } = new Dictionary<string, string>();

    public string LogDirectory => Path.Combine(
        RepositoryRoot, ".data", "logs", DatabasePrefix.Length > 0 ? DatabasePrefix.TrimEnd('_') : "run");

    public int PortOf(ServiceDefinition service) =>
        BasePort + service.PortOffset + (service.Replica * ReplicaPortStride);

    /// <summary>Every process to run: each service <see cref="Replicas"/> times, then the gateway and front ends.</summary>
    public IEnumerable<ServiceDefinition> Instances() =>
        StackTopology.Services.SelectMany(ReplicasOf).Append(StackTopology.Gateway).Concat(StackTopology.Frontends);

    /// <summary>The copies of one service this stack runs (one for the gateway and the front ends).</summary>
    public IEnumerable<ServiceDefinition> ReplicasOf(ServiceDefinition service) =>
        Enumerable.Range(0, service.IsService ? Replicas : 1).Select(replica => service with { Replica = replica });

    public Uri UrlOf(ServiceDefinition service) => new($"http://{Host}:{PortOf(service)}");

    public string PostgresConnectionString(string database) =>
        $"Host={Host};Port={PostgresPort};Username={PostgresUser};Password={PostgresPassword};Database={database}";

    public string DatabaseName(ServiceDefinition service) => DatabasePrefix + service.Database;

    public string AmqpUri => $"amqp://guest:guest@{Host}:{AmqpPort}/{Uri.EscapeDataString(RabbitVirtualHost)}";

    public string RedisConnectionString => $"{Host}:{RedisPort},defaultDatabase={RedisDatabase}";

    public string AssemblyPath(ServiceDefinition service) =>
        Path.Combine(
            RepositoryRoot,
            service.ProjectDirectory,
            "bin",
            BuildConfiguration,
            "net10.0",
            service.AssemblyName + ".dll");

    private static int EnvPort(string name, int fallback) =>
        int.TryParse(System.Environment.GetEnvironmentVariable(name), out var port) ? port : fallback;
}
