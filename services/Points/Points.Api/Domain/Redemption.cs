namespace Loyalty.Points.Api.Domain;

/// <summary>A member spent points on a catalog item. RequestId (client-chosen, optional) makes a retried request redeem once.</summary>
public sealed class Redemption
{
    public Guid Id { get; init; }

    public Guid? RequestId { get; init; }

    public Guid MemberId { get; init; }

    public Guid CatalogItemId { get; init; }

    public long Points { get; init; }

    public long BalanceAfter { get; init; }

    public DateTimeOffset RedeemedAt { get; init; }

    public string SourceRef => $"redemption:{Id}";
}
