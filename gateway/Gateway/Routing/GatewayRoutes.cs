using Loyalty.ServiceDefaults;
using Loyalty.Stack;
using Yarp.ReverseProxy.Configuration;

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

    public static IReadOnlyList<ClusterConfig> Clusters(IConfiguration configuration) => Services
        .Select(service => new ClusterConfig
        {
            ClusterId = service.Service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service.Service] = new() { Address = DestinationAddress(configuration, service.Service) },
            },
        })
        .ToArray();

    private static string DestinationAddress(IConfiguration configuration, string service) =>
        configuration[$"services:{service}:http:0"] is { Length: > 0 } address
            ? address
            : throw new InvalidOperationException(
                $"services:{service}:http:0 is not configured: the gateway needs each service's address " +
                $"(set services__{service}__http__0).");
}
