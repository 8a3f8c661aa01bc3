namespace Loyalty.Points.Api.Domain;

/// <summary>A purchase as the POS sends it, before validation (anything may be missing or wrong).</summary>
public sealed record PurchaseRecording(
    string? ExternalOrderId,
    Guid? MemberId,
    string? StoreId,
    decimal? Amount,
    IReadOnlyList<PurchaseLine>? Items,
    DateTimeOffset? PaidAt);
