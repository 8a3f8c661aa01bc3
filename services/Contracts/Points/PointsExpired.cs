namespace Loyalty.Contracts.Points;

/// <summary>Earned lots reached their expiry date and were removed from the balance.</summary>
public sealed record PointsExpired(
    Guid MemberId,
    Guid LedgerEntryId,
    long Points,
    long BalanceAfter) : IntegrationEvent;
