using System.Text.Json;

namespace Loyalty.Console.Api;

/// <summary>GET/POST /api/identity/staff: a staff account (never its password).</summary>
public sealed record StaffAccount(
    Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> StoreIds,
    bool Disabled, DateTimeOffset CreatedAt);

public sealed record StaffRequest(
    string? UserName, string? DisplayName, string? Password, IReadOnlyList<string> Roles,
    IReadOnlyList<string> StoreIds);

public sealed record StaffAccessRequest(IReadOnlyList<string> Roles, IReadOnlyList<string> StoreIds);

/// <summary>GET /api/identity/clients: a partner system's client (its secret is never shown again).</summary>
public sealed record PartnerClient(string ClientId, string? DisplayName, IReadOnlyList<string> Scopes);

public sealed record PartnerClientRequest(string? DisplayName, IReadOnlyList<string> Scopes);

/// <summary>POST /api/identity/clients: the new client with its secret, this once.</summary>
public sealed record PartnerClientSecret(
    string ClientId, string ClientSecret, string? DisplayName, IReadOnlyList<string> Scopes);

/// <summary>GET /api/audit/{service}: a page of a service's audit trail, newest first.</summary>
public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditEntry> Items);

public sealed record AuditEntry(
    long Id,
    DateTimeOffset OccurredAt,
    string ActorSubject,
    string? ActorRoles,
    string? ClientId,
    string Entity,
    string EntityId,
    string Action,
    string? CorrelationId,
    string? ClientIp,
    JsonElement? Before,
    JsonElement? After);

public static class AdminChoices
{
    public static readonly string[] Roles = ["staff", "marketing", "ops", "admin"];
    public static readonly string[] Scopes = ["loyalty.members.read", "loyalty.purchases.write", "loyalty.kpis.read"];
    public static readonly string[] AuditServices =
        ["members", "points", "segmentation", "campaign", "notification", "identity"];
}
