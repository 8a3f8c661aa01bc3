namespace Loyalty.Contracts.Points;

/// <summary>A purchase was refunded in full or in part. RefundAmount is this refund only, in CNY.</summary>
[SchemaVersion(2)] // 2: money as a JSON number (1 wrote it as a string)
public sealed record PurchaseRefunded(
    Guid RefundId,
    Guid PurchaseId,
    string ExternalOrderId,
    Guid MemberId,
    string StoreId,
    decimal RefundAmount,
    bool IsFullRefund,
    DateTimeOffset RefundedAt) : IntegrationEvent;
