namespace Loyalty.Gateway.Apis;

/// <summary>
/// Role is one of member, staff, marketing, ops, admin, partner; Subject is the member id for a member token;
/// StoreIds the stores a staff token acts for.
/// </summary>
public sealed record DevTokenRequest(
    string? Role, string? Subject, string? Name, IReadOnlyList<string>? StoreIds = null);
