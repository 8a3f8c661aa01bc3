namespace Loyalty.Contracts.Points;

/// <summary>
/// Points were added to a member's ledger. RuleCode names the earning rule; SourceRef the purchase, action or grant.
/// </summary>
public sealed record PointsEarned(
    Guid MemberId,
    Guid LedgerEntryId,
    long Points,
    string RuleCode,
    string SourceRef,
    DateTimeOffset ExpiresAt,
    long BalanceAfter) : IntegrationEvent;
