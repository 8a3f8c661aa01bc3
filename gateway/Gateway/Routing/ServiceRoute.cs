namespace Loyalty.Gateway.Routing;

/// <summary>
/// A back-end service (its service-discovery name), the path prefixes it owns for signed-in callers, and those it
/// owns for anyone (the Identity service's sign-in and discovery).
/// </summary>
public sealed record ServiceRoute(string Service, string[] PathPrefixes, string[]? AnonymousPrefixes = null);
