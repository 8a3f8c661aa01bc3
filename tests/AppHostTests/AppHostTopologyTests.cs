using Aspire.Hosting.ApplicationModel;
using Loyalty.Launcher;

namespace Loyalty.AppHostTests;

/// <summary>
/// The AppHost and the container-free launcher (deploy/Launcher) run the same binaries, so they must declare the same
/// resources under the same names, and wire each service to the same servers.
/// </summary>
public sealed class AppHostTopologyTests(AppHostModel app) : IClassFixture<AppHostModel>
{
    [Fact]
    public void The_AppHost_declares_the_launchers_databases()
    {
        var databases = app.All<PostgresDatabaseResource>().ToArray();

        Assert.Equal(StackTopology.Services.Select(s => s.Database!).Order(), databases.Select(d => d.Name).Order());
        // The launcher connects with Database=<resource name>: the database in the server must be called the same.
        Assert.All(databases, d => Assert.Equal(d.Name, d.DatabaseName));
        Assert.All(databases, d => Assert.Equal(StackTopology.PostgresServer, d.Parent.Name));
    }

    [Fact]
    public void The_AppHost_declares_the_launchers_projects()
    {
        Assert.Equal(StackTopology.All.Select(s => s.Name).Order(), app.Projects.Select(p => p.Name).Order());
    }

    [Fact]
    public void Each_project_runs_from_the_folder_the_services_list_gives_it()
    {
        foreach (var process in StackTopology.All)
        {
            var expected = Path.Combine(process.ProjectDirectory, process.AssemblyName + ".csproj");
            var projectPath = app.Project(process.Name).GetProjectMetadata().ProjectPath;

            Assert.True(File.Exists(projectPath), $"{process.Name}: {projectPath} does not exist");
            Assert.EndsWith(expected, Path.GetFullPath(projectPath).Replace('\\', '/'), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_AppHost_declares_the_broker_cache_and_server_by_the_names_services_read()
    {
        Assert.Equal([StackTopology.EventBus], app.All<RabbitMQServerResource>().Select(r => r.Name));
        Assert.Equal([StackTopology.Cache], app.All<RedisResource>().Select(r => r.Name));
        Assert.Equal([StackTopology.PostgresServer], app.All<PostgresServerResource>().Select(r => r.Name));
    }

    [Fact]
    public void Each_service_references_only_its_own_database_the_event_bus_the_cache_and_the_identity_service()
    {
        foreach (var service in StackTopology.Services)
        {
            var project = app.Project(service.Name);
            string[] servers = [service.Database!, StackTopology.EventBus, StackTopology.Cache];
            // The Identity service too: the others check tokens there, and it names its own address as issuer. The
            // Identity service knows the console's addresses: it sends its sign-ins back there (members sign in with
            // a code, so the member app's address is not among them). Feedback knows the member app's address: its
            // survey links open there.
            string[] others = service == StackTopology.Identity
                ? [StackTopology.Console.Name, StackTopology.Identity.Name]
                : service == StackTopology.Feedback ? [StackTopology.MemberApp.Name, StackTopology.Identity.Name]
                : [StackTopology.Identity.Name];
            Assert.Equal(
                servers.Concat(others).Order(StringComparer.Ordinal),
                AppHostModel.ReferencesOf(project));
            // Its migrations and outbox start only once the servers are up.
            Assert.Equal(servers.Order(StringComparer.Ordinal), AppHostModel.WaitsOf(project));
        }
    }

    [Fact]
    public void The_gateway_references_and_waits_for_every_service()
    {
        var gateway = app.Project(StackTopology.Gateway.Name);
        var services = StackTopology.Services.Select(s => s.Name).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(services, AppHostModel.ReferencesOf(gateway));
        Assert.Equal(services, AppHostModel.WaitsOf(gateway));
    }

    [Fact]
    public void A_front_end_references_the_gateway_the_identity_service_and_the_cache_and_waits_for_the_gateway()
    {
        foreach (var frontend in StackTopology.Frontends)
        {
            var project = app.Project(frontend.Name);

            Assert.Equal(
                new[] { StackTopology.Cache, StackTopology.Gateway.Name, StackTopology.Identity.Name }
                    .Order(StringComparer.Ordinal),
                AppHostModel.ReferencesOf(project));
            Assert.Equal([StackTopology.Gateway.Name], AppHostModel.WaitsOf(project));
        }
    }

    [Fact]
    public void Every_project_has_an_http_endpoint_and_a_health_check_on_it()
    {
        foreach (var project in app.Projects)
        {
            Assert.Contains(project.Annotations.OfType<EndpointAnnotation>(),
                e => e.Name == "http" && e.UriScheme == "http");
            Assert.Single(project.Annotations.OfType<HealthCheckAnnotation>());
        }

        // The gateway is the one public entry point to the APIs; the front ends are what people open.
        Assert.All(app.Projects, p => Assert.Equal(
            p.Name == StackTopology.Gateway.Name || StackTopology.Frontends.Any(f => f.Name == p.Name),
            Assert.Single(p.Annotations.OfType<EndpointAnnotation>()).IsExternal));
    }
}
