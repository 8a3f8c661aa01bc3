using Aspire.Hosting.ApplicationModel;
using Loyalty.Launcher;

namespace Loyalty.AppHostTests;

/// <summary>
/// The variables a process reads its wiring from (ConnectionStrings__*, services__*__http__0, Jwt__*) are the contract
/// between the AppHost and the launcher: a service must find the same names whichever of the two started it.
/// </summary>
public sealed class AppHostConfigurationContractTests(AppHostModel app) : IClassFixture<AppHostModel>
{
    private static readonly StackSettings LauncherSettings = new() { RepositoryRoot = "/repo" };

    public static TheoryData<string> Projects => new(StackTopology.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task A_project_gets_the_wiring_variables_the_launcher_sets(string name)
    {
        var definition = StackTopology.All.Single(s => s.Name == name);
        var launcher = ConfigurationContract.EnvironmentFor(definition, LauncherSettings);
        var appHost = await app.EnvironmentOf(app.Project(name));

        Assert.Equal(Wiring(launcher.Keys), Wiring(appHost.Keys));
        // Both hand the process its listening address and its telemetry name.
        Assert.Contains("ASPNETCORE_URLS", appHost.Keys);
        Assert.Contains("OTEL_SERVICE_NAME", appHost.Keys);
        Assert.Equal(launcher["Jwt__DevTokensEnabled"], appHost["Jwt__DevTokensEnabled"]);
        // Development, as the launcher has it: in Production the gateway does not map /dev/token.
        Assert.Equal(launcher["ASPNETCORE_ENVIRONMENT"], appHost["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal(launcher["DOTNET_ENVIRONMENT"], appHost["DOTNET_ENVIRONMENT"]);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task No_process_holds_a_signing_key_and_each_checks_tokens_at_the_identity_service(string name)
    {
        var appHost = await app.EnvironmentOf(app.Project(name));

        Assert.DoesNotContain(appHost.Keys, key => key.Contains("SigningKey", StringComparison.OrdinalIgnoreCase));
        var identity = Assert.IsType<EndpointReference>(appHost[$"services__{StackTopology.Identity.Name}__http__0"]);
        Assert.Equal((StackTopology.Identity.Name, "http"), (identity.Resource.Name, identity.EndpointName));
        if (name == StackTopology.Identity.Name)
        {
            // Its issuer is the address the others reach it at, so their check of the issuer holds.
            var issuer = Assert.IsType<EndpointReference>(appHost["Identity__Issuer"]);
            Assert.Equal((StackTopology.Identity.Name, "http"), (issuer.Resource.Name, issuer.EndpointName));
        }
    }

    [Fact]
    public async Task A_services_connection_strings_point_at_the_resources_they_are_named_after()
    {
        foreach (var service in StackTopology.Services)
        {
            var appHost = await app.EnvironmentOf(app.Project(service.Name));

            foreach (var connection in new[] { service.Database!, StackTopology.EventBus, StackTopology.Cache })
            {
                var reference = Assert.IsType<ConnectionStringReference>(appHost[$"ConnectionStrings__{connection}"]);
                Assert.Equal(connection, reference.Resource.Name);
            }
        }
    }

    [Fact]
    public async Task The_gateway_finds_each_service_at_its_http_endpoint()
    {
        var appHost = await app.EnvironmentOf(app.Project(StackTopology.Gateway.Name));

        foreach (var service in StackTopology.Services)
        {
            var endpoint = Assert.IsType<EndpointReference>(appHost[$"services__{service.Name}__http__0"]);
            Assert.Equal(service.Name, endpoint.Resource.Name);
            Assert.Equal("http", endpoint.EndpointName);
        }
    }

    /// <summary>
    /// The variables the code reads. Aspire adds others the launcher has no counterpart for (MEMBERSDB_HOST,
    /// MEMBERS_HTTP, OTEL exporter tuning, ...), which nothing here reads, so they are not part of the contract.
    /// </summary>
    private static string[] Wiring(IEnumerable<string> names) =>
        names.Where(n => n.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                         || n.StartsWith("services__", StringComparison.Ordinal)
                         || n.StartsWith("Jwt__", StringComparison.Ordinal)
                         || n.StartsWith("Identity__", StringComparison.Ordinal)
                         || n.EndsWith("_ENVIRONMENT", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
