using Loyalty.Gateway.Routing;
using Loyalty.Launcher;
using Microsoft.Extensions.Configuration;

namespace Loyalty.UnitTests;

/// <summary>
/// The launcher with several replicas of every service (deploy/run.sh --replicas N): each its own port and log, the
/// gateway given every replica's address and balancing over them with health checks, one token issuer for all.
/// </summary>
public sealed class ReplicaTopologyTests
{
    private static readonly StackSettings TwoReplicas = new() { RepositoryRoot = "/repo", Replicas = 2 };

    [Fact]
    public void Every_service_runs_twice_and_the_gateway_and_front_ends_once_each_on_its_own_port()
    {
        var instances = TwoReplicas.Instances().ToList();

        Assert.Equal((StackTopology.Services.Count * 2) + 1 + StackTopology.Frontends.Count, instances.Count);
        Assert.Equal(instances.Count, instances.Select(TwoReplicas.PortOf).Distinct().Count());
        Assert.Equal(instances.Count, instances.Select(i => i.InstanceName).Distinct().Count());
        Assert.Contains(instances, i => i.InstanceName == "points-1" && i.Name == "points");
        Assert.Single(instances, i => i.IsGateway);
    }

    [Fact]
    public void The_gateway_knows_every_replica_and_balances_over_them_with_health_checks()
    {
        var environment = ConfigurationContract.EnvironmentFor(StackTopology.Gateway, TwoReplicas);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(environment.Select(e =>
                KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value)))
            .Build();

        var points = Assert.Single(GatewayRoutes.Clusters(configuration), c => c.ClusterId == "points");

        Assert.Equal(
            TwoReplicas.ReplicasOf(StackTopology.Services.Single(s => s.Name == "points"))
                .Select(r => TwoReplicas.UrlOf(r).ToString().TrimEnd('/')),
            points.Destinations!.Values.Select(d => d.Address));
        Assert.True(points.HealthCheck!.Active!.Enabled);
        Assert.Equal("/health", points.HealthCheck.Active.Path);
        Assert.True(points.HealthCheck.Passive!.Enabled);
    }

    [Fact]
    public void Every_identity_replica_issues_under_the_address_the_others_check_tokens_at()
    {
        var identity = StackTopology.Identity;
        var issuers = TwoReplicas.ReplicasOf(identity)
            .Select(replica => ConfigurationContract.EnvironmentFor(replica, TwoReplicas)["Identity__Issuer"])
            .Distinct();

        var members = ConfigurationContract.EnvironmentFor(StackTopology.Services[0], TwoReplicas);
        Assert.Equal([members["services__identity__http__0"]], issuers);
    }
}
