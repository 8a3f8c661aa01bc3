using Loyalty.ServiceDefaults;
using Loyalty.Stack;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace Loyalty.Gateway.Routing;

/// <summary>
/// The gateway's routing table. Destinations come from Aspire's service-discovery configuration
/// (services:{name}:http:0), set by the AppHost or the local launcher alike.
/// </summary>
public static class GatewayRoutes
{
    public const string RateLimitPolicy = "per-client";

    /// <summary>Each service and the path prefixes it owns, as deploy/services.json lists them.</summary>
    public static IReadOnlyList<ServiceRoute> Services { get; } =
        [.. StackServices.Services.Select(service =>
            new ServiceRoute(service.Name, [.. service.Routes ?? []], [.. service.PublicRoutes ?? []]))];

    public static IReadOnlyList<RouteConfig> Routes()
    {
        var routes = new List<RouteConfig>();
        foreach (var service in Services)
        {
            routes.AddRange(service.PathPrefixes.Select(prefix => Route(service, prefix, Policies.Authenticated)));
            routes.AddRange((service.AnonymousPrefixes ?? []).Select(prefix => Route(service, prefix, "anonymous")));

            // Each service's OpenAPI document, public: /openapi/{service}/v1.json → the service's /openapi/v1.json.
            routes.Add(new RouteConfig
            {
                RouteId = $"{service.Service}-openapi",
                ClusterId = service.Service,
                AuthorizationPolicy = "anonymous",
                RateLimiterPolicy = RateLimitPolicy,
                Match = new RouteMatch { Path = $"/openapi/{service.Service}/v1.json" },
                Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
            });
        }

        return routes;
    }

    private static RouteConfig Route(ServiceRoute service, string prefix, string policy) => new()
    {
        RouteId = $"{service.Service}{prefix.Replace('/', '-')}",
        ClusterId = service.Service,
        AuthorizationPolicy = policy,
        RateLimiterPolicy = RateLimitPolicy,
        Match = new RouteMatch { Path = prefix + "/{**rest}" },
    };

    /// <summary>
    /// One cluster per service over every address service discovery gives it (services:{name}:http:0, :1, …: one
    /// per replica). A replica whose /health fails twice in a row is taken out until it answers again; when none is
    /// healthy (the broker is down: every /health is red), requests still go to all of them, which accept purchases
    /// into their outboxes.
    /// </summary>
    public static IReadOnlyList<ClusterConfig> Clusters(IConfiguration configuration) => Services
        .Select(service => new ClusterConfig
        {
            ClusterId = service.Service,
            Destinations = DestinationAddresses(configuration, service.Service)
                .Select((address, replica) => (address, replica))
                .ToDictionary(
                    d => $"{service.Service}-{d.replica}",
                    d => new DestinationConfig { Address = d.address }),
            LoadBalancingPolicy = LoadBalancingPolicies.PowerOfTwoChoices,
            HealthCheck = new HealthCheckConfig
            {
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = TimeSpan.FromSeconds(2),
                    Timeout = TimeSpan.FromSeconds(2),
                    Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                    Path = "/health",
                },
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true,
                    Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                    ReactivationPeriod = TimeSpan.FromSeconds(5),
                },
            },
            Metadata = new Dictionary<string, string> { ["ConsecutiveFailuresHealthPolicy.Threshold"] = "2" },
        })
        .ToArray();

    private static IReadOnlyList<string> DestinationAddresses(IConfiguration configuration, string service)
    {
        var addresses = configuration.GetSection($"services:{service}:http").GetChildren()
            .Where(entry => int.TryParse(entry.Key, out _) && entry.Value is { Length: > 0 })
            .OrderBy(entry => int.Parse(entry.Key, System.Globalization.CultureInfo.InvariantCulture))
            .Select(entry => entry.Value!)
            .ToList();
        return addresses.Count > 0
            ? addresses
            : throw new InvalidOperationException(
                $"services:{service}:http:0 is not configured: the gateway needs each service's address " +
                $"(set services__{service}__http__0).");
    }
}
