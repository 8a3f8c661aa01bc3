namespace Loyalty.Gateway.Apis;

/// <summary>Role is one of member, staff, admin, partner; Subject is the member id for a member token.</summary>
public sealed record DevTokenRequest(string? Role, string? Subject, string? Name);
