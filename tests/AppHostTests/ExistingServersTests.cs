using Aspire.Hosting.ApplicationModel;
using Loyalty.Launcher;

namespace Loyalty.AppHostTests;

/// <summary>
/// Loyalty:ExistingServers=true swaps the three containers for connection strings to running servers. The services must
/// not notice: same resource names, same variables, and each database on the given server under its own name.
/// </summary>
public sealed class ExistingServersTests(ExistingServersAppHostModel app) : IClassFixture<ExistingServersAppHostModel>
{
    [Fact]
    public void No_container_is_declared()
    {
        Assert.DoesNotContain(app.Resources, r => r.Annotations.OfType<ContainerImageAnnotation>().Any());
        Assert.Empty(app.All<PostgresServerResource>());
    }

    [Fact]
    public void The_servers_and_databases_keep_their_names()
    {
        string[] expected =
        [
            StackTopology.PostgresServer, StackTopology.EventBus, StackTopology.Cache,
            .. StackTopology.Services.Select(s => s.Database!),
        ];

        Assert.Equal(expected.Order(), app.All<IResourceWithConnectionString>().Select(r => r.Name).Order());
        Assert.Equal(StackTopology.All.Select(s => s.Name).Order(), app.Projects.Select(p => p.Name).Order());
    }

    [Fact]
    public void The_gateway_listens_on_the_given_port_so_deploy_apphost_can_print_its_address()
    {
        var ports = app.Projects.ToDictionary(p => p.Name,
            p => Assert.Single(p.Annotations.OfType<EndpointAnnotation>()).Port);
        Assert.Equal(ExistingServersAppHostModel.GatewayPort, ports[StackTopology.Gateway.Name]);
        // the services: Aspire picks
        Assert.All(ports.Where(p => p.Key != StackTopology.Gateway.Name), p => Assert.Null(p.Value));
    }

    [Fact]
    public async Task Each_database_is_the_given_server_with_its_own_database_name()
    {
        // The port the model was given, not PG_PORT from this test's environment (the launcher's default otherwise).
        var launcher = new StackSettings { RepositoryRoot = "/repo",
            PostgresPort = ExistingServersAppHostModel.PostgresPort };

        foreach (var service in StackTopology.Services)
        {
            // What the launcher hands the service, less the pool size it adds for its own processes.
            Assert.Equal(launcher.PostgresConnectionString(service.Database!),
                await ConnectionString(service.Database!));
        }
    }

    [Fact]
    public async Task Each_service_references_its_own_database_the_event_bus_and_the_cache_and_waits_for_none()
    {
        foreach (var service in StackTopology.Services)
        {
            var project = app.Project(service.Name);
            var environment = await app.EnvironmentOf(project);

            // The Identity service also knows the console's addresses (it sends its sign-ins back there); Feedback the
            // member app's (its survey links open there).
            string[] frontends = service == StackTopology.Identity ? [StackTopology.Console.Name]
                : service == StackTopology.Feedback ? [StackTopology.MemberApp.Name]
                : [];
            Assert.Equal(
                new[] { service.Database!, StackTopology.EventBus, StackTopology.Cache, StackTopology.Identity.Name }
                    .Concat(frontends).Order(StringComparer.Ordinal),
                AppHostModel.ReferencesOf(project));
            // The servers are up before the AppHost starts; there is nothing to wait for.
            Assert.Empty(AppHostModel.WaitsOf(project));
            Assert.Equal(
                new[] { $"ConnectionStrings__{service.Database}", $"ConnectionStrings__{StackTopology.EventBus}",
                    $"ConnectionStrings__{StackTopology.Cache}" }.Order(StringComparer.Ordinal),
                environment.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task The_event_bus_and_the_cache_are_the_given_connection_strings()
    {
        Assert.Equal(ExistingServersAppHostModel.EventBus, await ConnectionString(StackTopology.EventBus));
        Assert.Equal(ExistingServersAppHostModel.Cache, await ConnectionString(StackTopology.Cache));
    }

    private async Task<string?> ConnectionString(string name) =>
        await Assert.Single(app.All<IResourceWithConnectionString>(), r => r.Name == name).GetConnectionStringAsync();
}
