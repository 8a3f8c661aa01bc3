namespace Loyalty.Points.Api.Domain.Redemptions;

/// <summary>
/// A member spent points on a catalog item. RequestId (client-chosen, optional) makes a retried request redeem once.
/// </summary>
public sealed class Redemption
{
    private Redemption()
    {
    }

    public Guid Id { get; private set; }

    public Guid? RequestId { get; private set; }

    public Guid MemberId { get; private set; }

    public Guid CatalogItemId { get; private set; }

    public long Points { get; private set; }

    public long BalanceAfter { get; private set; }

    public DateTimeOffset RedeemedAt { get; private set; }

    public string SourceRef => SourceRefFor(Id);

    /// <summary>The ledger source reference of the points a redemption spends.</summary>
    public static string SourceRefFor(Guid redemptionId) => $"redemption:{redemptionId}";

    /// <param name="id">The id the spend's ledger entry already names (<see cref="SourceRefFor"/>).</param>
    public static Redemption Record(
        Guid id, Guid? requestId, Guid memberId, Guid catalogItemId, long points, long balanceAfter,
        DateTimeOffset now) => new()
    {
        Id = id,
        RequestId = requestId,
        MemberId = memberId,
        CatalogItemId = catalogItemId,
        Points = points,
        BalanceAfter = balanceAfter,
        RedeemedAt = now,
    };
}
