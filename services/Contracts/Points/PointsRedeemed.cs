namespace Loyalty.Contracts.Points;

/// <summary>
/// A member spent points (redemption, refund take-back or admin deduction; Reason tells which). On a catalog redemption
/// CatalogItemId names the item and CouponTemplateId the Campaign coupon template it stands for (if any); both null
/// otherwise.
/// </summary>
public sealed record PointsRedeemed(
    Guid MemberId,
    Guid LedgerEntryId,
    long Points,
    string Reason,
    string SourceRef,
    long BalanceAfter,
    Guid? CatalogItemId = null,
    Guid? CouponTemplateId = null) : IntegrationEvent;
