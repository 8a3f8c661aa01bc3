namespace Loyalty.Contracts.Members;

/// <summary>
/// A member moved between tiers. Reason is machine-readable (e.g. "spend-threshold", "anniversary-review", "admin").
/// </summary>
[SchemaVersion(2)] // 2: money as a JSON number (1 wrote it as a string)
public sealed record MemberTierChanged(
    Guid MemberId,
    Tier FromTier,
    Tier ToTier,
    string Reason,
    decimal RollingSpend) : IntegrationEvent;
