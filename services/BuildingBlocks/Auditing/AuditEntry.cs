namespace Loyalty.BuildingBlocks.Auditing;

/// <summary>
/// One change an admin, operator or partner made to configuration or to someone else's data, saved in the same
/// transaction as the change. Append-only: the table refuses UPDATE, DELETE and TRUNCATE (<see cref="AuditSql"/>).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The token's "sub", or "system" for work no caller asked for (jobs, events).</summary>
    public required string ActorSubject { get; init; }

    /// <summary>The token's roles, comma-separated.</summary>
    public string? ActorRoles { get; init; }

    /// <summary>The OAuth client the token was issued to ("client_id"), for partner systems.</summary>
    public string? ClientId { get; init; }

    /// <summary>What was changed: the entity's type name ("EarningPolicy", "MarketingCampaign").</summary>
    public required string Entity { get; init; }

    public required string EntityId { get; init; }

    /// <summary>What was done, in the use case's words ("changed", "activated", "imported").</summary>
    public required string Action { get; init; }

    public string? CorrelationId { get; init; }

    public string? ClientIp { get; init; }

    /// <summary>The entity before the change as JSON, personal data masked; null for a creation.</summary>
    public string? Before { get; init; }

    /// <summary>The entity after the change as JSON, personal data masked; null for a removal.</summary>
    public string? After { get; init; }
}
