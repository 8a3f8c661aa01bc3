namespace Loyalty.Points.Api.Domain;

public sealed record ValidatedPurchase(
    string ExternalOrderId,
    Guid MemberId,
    string StoreId,
    decimal Amount,
    IReadOnlyList<PurchaseLine> Items,
    DateTimeOffset PaidAt);
