using System.Text.RegularExpressions;
using Loyalty.Gateway.Routing;
using Loyalty.Launcher;

namespace Loyalty.UnitTests;

/// <summary>
/// The AppHost cannot be built here (its Aspire packages are not in this registry), so this test reads its source:
/// the local launcher and the gateway must use the very resource and connection names the AppHost declares.
/// </summary>
public partial class AppHostTopologyTests
{
    private static readonly string AppHostSource = File.ReadAllText(Path.Combine(RepositoryLocator.Root(), "AppHost", "AppHost.cs"));

    [Fact]
    public void The_AppHost_declares_the_launchers_databases()
    {
        var databases = Names(AddDatabase());
        Assert.Equal(StackTopology.Services.Select(s => s.Database!).Order(), databases.Order());
    }

    [Fact]
    public void The_AppHost_declares_the_launchers_projects()
    {
        var projects = Names(AddProject());
        Assert.Equal(StackTopology.All.Select(s => s.Name).Order(), projects.Order());
    }

    [Fact]
    public void The_AppHost_declares_the_broker_cache_and_server_by_the_names_services_read()
    {
        Assert.Equal([StackTopology.EventBus], Names(AddRabbitMq()));
        Assert.Equal([StackTopology.Cache], Names(AddRedis()));
        Assert.Equal([StackTopology.PostgresServer], Names(AddPostgres()));
    }

    [Fact]
    public void The_gateway_routes_to_every_service_by_its_resource_name() =>
        Assert.Equal(StackTopology.Services.Select(s => s.Name).Order(), GatewayRoutes.Services.Select(s => s.Service).Order());

    [Fact]
    public void The_launchers_environment_is_the_aspire_contract()
    {
        var settings = new StackSettings { RepositoryRoot = "/repo", JwtSigningKey = new string('k', 40) };
        var members = ConfigurationContract.EnvironmentFor(StackTopology.Services[0], settings);
        var gateway = ConfigurationContract.EnvironmentFor(StackTopology.Gateway, settings);

        Assert.Contains("Database=membersdb", members["ConnectionStrings__membersdb"]);
        Assert.StartsWith("amqp://", members["ConnectionStrings__eventbus"]);
        Assert.StartsWith("127.0.0.1:", members["ConnectionStrings__cache"]);
        Assert.Equal("members", members["OTEL_SERVICE_NAME"]);
        Assert.DoesNotContain(members.Keys, key => key.StartsWith("ConnectionStrings__pointsdb", StringComparison.Ordinal));
        foreach (var service in StackTopology.Services)
        {
            Assert.Equal(settings.UrlOf(service).ToString().TrimEnd('/'), gateway[$"services__{service.Name}__http__0"]);
        }
    }

    private static string[] Names(Regex call) => call.Matches(AppHostSource).Select(m => m.Groups["name"].Value).ToArray();

    [GeneratedRegex("""AddDatabase\("(?<name>[^"]+)"\)""")]
    private static partial Regex AddDatabase();

    [GeneratedRegex("""AddProject<[^>]+>\("(?<name>[^"]+)"\)""")]
    private static partial Regex AddProject();

    [GeneratedRegex(@"AddRabbitMQ\(""(?<name>[^""]+)""")]
    private static partial Regex AddRabbitMq();

    [GeneratedRegex(@"AddRedis\(""(?<name>[^""]+)""")]
    private static partial Regex AddRedis();

    [GeneratedRegex(@"AddPostgres\(""(?<name>[^""]+)""")]
    private static partial Regex AddPostgres();
}
