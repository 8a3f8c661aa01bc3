namespace Loyalty.Gateway.Routing;

/// <summary>A back-end service (its service-discovery name) and the public path prefixes it owns.</summary>
public sealed record ServiceRoute(string Service, params string[] PathPrefixes);
