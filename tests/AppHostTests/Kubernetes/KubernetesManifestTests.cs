using System.Text.RegularExpressions;
using k8s.Models;
using Loyalty.Launcher;

namespace Loyalty.AppHostTests.Kubernetes;

/// <summary>
/// deploy/kubernetes against the Kubernetes schemas (<see cref="RenderedManifests"/>), against the AppHost's model and
/// the launcher's contract (the same processes, each given the same settings), and against what production needs of
/// it: probes, resources, disruption budgets, autoscalers, a migration step, secrets only by reference, and only the
/// front doors reachable from outside.
/// </summary>
public sealed partial class KubernetesManifestTests(AppHostModel app) : IClassFixture<AppHostModel>
{
    private static readonly StackSettings LauncherSettings = new() { RepositoryRoot = "/repo" };

    public static TheoryData<string> Overlays => new("development", "production");

    public static TheoryData<string, string> OverlaysAndProjects
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var overlay in new[] { "development", "production" })
            {
                foreach (var process in StackTopology.All)
                {
                    data.Add(overlay, process.Name);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_process_of_the_AppHost_is_deployed_and_nothing_else(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);

        Assert.Equal(
            app.Projects.Select(p => p.Name).Order(StringComparer.Ordinal),
            manifests.All<V1Deployment>().Select(d => d.Metadata.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OverlaysAndProjects))]
    public async Task A_deployment_gets_the_settings_the_AppHost_and_the_launcher_give(string overlay, string name)
    {
        var container = Container(RenderedManifests.Of(overlay).Deployment(name));
        var deployed = Settings(container.Env.Select(e => e.Name));

        Assert.Equal(Settings((await app.EnvironmentOf(app.Project(name))).Keys), deployed);
        var definition = StackTopology.All.Single(s => s.Name == name);
        Assert.Equal(Settings(ConfigurationContract.EnvironmentFor(definition, LauncherSettings).Keys), deployed);
        Assert.Equal("false", Value(container, "Jwt__DevTokensEnabled"));
        Assert.Equal(name, Value(container, "OTEL_SERVICE_NAME"));
    }

    [Theory]
    [MemberData(nameof(OverlaysAndProjects))]
    public void A_deployment_is_probed_bounded_budgeted_scaled_and_served(string overlay, string name)
    {
        var manifests = RenderedManifests.Of(overlay);
        var deployment = manifests.Deployment(name);
        var container = Container(deployment);

        Assert.Equal("/health", container.ReadinessProbe.HttpGet.Path);
        Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
        foreach (var quantities in new[] { container.Resources.Requests, container.Resources.Limits })
        {
            Assert.Contains("cpu", quantities.Keys);
            Assert.Contains("memory", quantities.Keys);
        }

        Assert.True(deployment.Spec.Template.Spec.SecurityContext.RunAsNonRoot);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        var labels = deployment.Spec.Template.Metadata.Labels;
        Assert.Single(manifests.All<V1PodDisruptionBudget>(), b => Selects(b.Spec.Selector.MatchLabels, labels));
        var scaler = Assert.Single(manifests.All<V2HorizontalPodAutoscaler>(), h => h.Spec.ScaleTargetRef.Name == name);
        Assert.InRange(deployment.Spec.Replicas ?? 1, scaler.Spec.MinReplicas ?? 1, scaler.Spec.MaxReplicas);
        Assert.Single(manifests.All<V1Service>(), s => Selects(s.Spec.Selector, labels));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Connection_strings_come_from_the_secret_and_only_development_ships_one(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);
        var containers = manifests.All<V1Deployment>().Select(Container)
            .Concat(manifests.All<V1Job>().SelectMany(j => j.Spec.Template.Spec.Containers));

        foreach (var variable in containers.SelectMany(c => c.Env)
                     .Where(e => e.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)))
        {
            Assert.Null(variable.Value);
            Assert.Equal("loyalty-connections", variable.ValueFrom.SecretKeyRef.Name);
        }

        var secrets = manifests.All<V1Secret>().Select(s => s.Metadata.Name).ToList();
        Assert.Equal(overlay == "development" ? ["loyalty-connections"] : [], secrets);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void A_release_migrates_each_database_once_before_its_pods_take_traffic(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);
        var job = Assert.Single(manifests.All<V1Job>());
        var migrators = job.Spec.Template.Spec.Containers;

        Assert.Equal(
            StackTopology.Services.Select(s => s.Name).Order(StringComparer.Ordinal),
            migrators.Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var service in StackTopology.Services)
        {
            var migrator = Assert.Single(migrators, c => c.Name == service.Name);
            Assert.Equal("Only", Value(migrator, "Database__Migrations"));
            Assert.Equal(Container(manifests.Deployment(service.Name)).Image, migrator.Image);
            // Its own database only, as the service itself.
            string[] connections =
                [$"ConnectionStrings__{service.Database}", "ConnectionStrings__cache", "ConnectionStrings__eventbus"];
            Assert.Equal(
                connections.Order(StringComparer.Ordinal),
                migrator.Env.Select(e => e.Name).Where(n => n.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            // Its pods never migrate, and wait for the Job (readiness stays red while migrations are pending).
            Assert.Equal("Skip", Value(Container(manifests.Deployment(service.Name)), "Database__Migrations"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Only_the_gateway_and_the_front_ends_are_reachable_from_outside(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);
        string[] frontDoors = ["console", "gateway", "member"];

        var backends = manifests.All<V1Ingress>().SelectMany(i => i.Spec.Rules)
            .SelectMany(r => r.Http.Paths).Select(p => p.Backend.Service.Name).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(frontDoors, backends);
        var policies = manifests.All<V1NetworkPolicy>().ToList();
        var denyAll = Assert.Single(policies, p => p.Metadata.Name == "default-deny");
        Assert.Equal(["Ingress", "Egress"], denyAll.Spec.PolicyTypes);
        Assert.Null(denyAll.Spec.Ingress);
        var fromOutside = policies.Where(p =>
            p.Spec.Ingress?.Any(rule => rule.FromProperty.Any(peer => peer.NamespaceSelector is not null)) == true);
        foreach (var policy in fromOutside)
        {
            var selected = policy.Spec.PodSelector.MatchExpressions.Single(e => e.Key == "app.kubernetes.io/name");
            Assert.Equal(frontDoors, selected.Values.Order(StringComparer.Ordinal));
        }

        Assert.All(manifests.All<V1Service>(), s => Assert.True(s.Spec.Type is null or "ClusterIP"));
    }

    private static V1Container Container(V1Deployment deployment) => Assert.Single(deployment.Spec.Template.Spec.Containers);

    private static string? Value(V1Container container, string name) => container.Env.Single(e => e.Name == name).Value;

    private static bool Selects(IDictionary<string, string> selector, IDictionary<string, string> labels) =>
        selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);

    /// <summary>
    /// The settings the code reads, as configuration keys: a list's items (__0, __1) are one setting, since a
    /// cluster has one console address where this machine has two spellings of it.
    /// </summary>
    private static string[] Settings(IEnumerable<string> names) =>
        names.Where(n => n.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                         || n.StartsWith("services__", StringComparison.Ordinal)
                         || n.StartsWith("Jwt__", StringComparison.Ordinal)
                         || n.StartsWith("Identity__", StringComparison.Ordinal)
                         || n.StartsWith("Feedback__", StringComparison.Ordinal)
                         || n.StartsWith("Gateway__", StringComparison.Ordinal)
                         || n.EndsWith("_ENVIRONMENT", StringComparison.Ordinal))
            .Select(n => ListItem().Replace(n, ""))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex("__[0-9]+$")]
    private static partial Regex ListItem();
}
