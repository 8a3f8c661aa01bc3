namespace Loyalty.Contracts.Points;

/// <summary>A member spent points (redemption, refund take-back or admin deduction; Reason tells which).</summary>
public sealed record PointsRedeemed(
    Guid MemberId,
    Guid LedgerEntryId,
    long Points,
    string Reason,
    string SourceRef,
    long BalanceAfter) : IntegrationEvent;
