namespace Loyalty.Contracts.Points;

/// <summary>
/// Staff recorded a purchase. Amount is in CNY with 2 decimals; ExternalOrderId is the POS's idempotency key.
/// CouponCodes: the coupons redeemed for this order (Campaign's CouponRedeemed has the same ExternalOrderId),
/// normalised; empty when none, absent in events recorded before the field existed.
/// AdvisorId: the staff member who advised the member on this purchase (the POS's staff code, the account's user
/// name), null when the POS did not say; feedback results are read per advisor.
/// </summary>
[SchemaVersion(2)] // 2: money as a JSON number (1 wrote it as a string)
public sealed record PurchaseRecorded(
    Guid PurchaseId,
    string ExternalOrderId,
    Guid MemberId,
    string StoreId,
    decimal Amount,
    IReadOnlyList<PurchaseItem> Items,
    DateTimeOffset PaidAt,
    IReadOnlyList<string>? CouponCodes = null,
    string? AdvisorId = null) : IntegrationEvent;
