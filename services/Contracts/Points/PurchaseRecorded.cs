namespace Loyalty.Contracts.Points;

/// <summary>Staff recorded a purchase. Amount is in CNY with 2 decimals; ExternalOrderId is the POS's idempotency key.</summary>
public sealed record PurchaseRecorded(
    Guid PurchaseId,
    string ExternalOrderId,
    Guid MemberId,
    string StoreId,
    decimal Amount,
    IReadOnlyList<PurchaseItem> Items,
    DateTimeOffset PaidAt) : IntegrationEvent;
