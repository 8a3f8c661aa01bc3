using Loyalty.Gateway.Routing;
using Loyalty.Launcher;

namespace Loyalty.UnitTests;

/// <summary>
/// The launcher's side of the contract it shares with the AppHost (tests/AppHostTests checks the AppHost's side): the
/// gateway routes by the launcher's resource names, and each process gets the variables Aspire's WithReference sets.
/// </summary>
public class LauncherContractTests
{
    [Fact]
    public void The_gateway_routes_to_every_service_by_its_resource_name() =>
        Assert.Equal(StackTopology.Services.Select(s => s.Name).Order(),
            GatewayRoutes.Services.Select(s => s.Service).Order());

    [Fact]
    public void The_launchers_environment_is_the_aspire_contract()
    {
        var settings = new StackSettings { RepositoryRoot = "/repo" };
        var members = ConfigurationContract.EnvironmentFor(StackTopology.Services[0], settings);
        var gateway = ConfigurationContract.EnvironmentFor(StackTopology.Gateway, settings);

        Assert.Contains("Database=membersdb", members["ConnectionStrings__membersdb"]);
        Assert.StartsWith("amqp://", members["ConnectionStrings__eventbus"]);
        Assert.StartsWith("127.0.0.1:", members["ConnectionStrings__cache"]);
        Assert.Equal("members", members["OTEL_SERVICE_NAME"]);
        Assert.DoesNotContain(members.Keys,
            key => key.StartsWith("ConnectionStrings__pointsdb", StringComparison.Ordinal));
        foreach (var service in StackTopology.Services)
        {
            Assert.Equal(settings.UrlOf(service).ToString().TrimEnd('/'),
                gateway[$"services__{service.Name}__http__0"]);
        }
    }

    [Fact]
    public void Feedback_links_open_in_the_member_app_nine_ports_after_the_gateway()
    {
        var settings = new StackSettings { RepositoryRoot = "/repo", BasePort = 5100 };

        var feedback = ConfigurationContract.EnvironmentFor(StackTopology.Feedback, settings);

        Assert.Equal("http://127.0.0.1:5109", feedback["Feedback__MemberAppAddress"]);
        Assert.Equal("feedbackdb", StackTopology.Feedback.Database);
        Assert.DoesNotContain("Feedback__MemberAppAddress",
            ConfigurationContract.EnvironmentFor(StackTopology.Services[0], settings).Keys);
    }
}
