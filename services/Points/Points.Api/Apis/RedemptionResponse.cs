using Loyalty.Points.Api.Domain.Redemptions;

namespace Loyalty.Points.Api.Apis;

/// <param name="Id">The redemption's id.</param>
/// <param name="MemberId">The member who spent.</param>
/// <param name="CatalogItemId">The item redeemed.</param>
/// <param name="Points">Points spent.</param>
/// <param name="BalanceAfter">The balance after spending.</param>
/// <param name="RedeemedAt">When it was redeemed (UTC).</param>
public sealed record RedemptionResponse(
    Guid Id, Guid MemberId, Guid CatalogItemId, long Points, long BalanceAfter, DateTimeOffset RedeemedAt)
{
    public static RedemptionResponse From(Redemption redemption) =>
        new(redemption.Id, redemption.MemberId, redemption.CatalogItemId, redemption.Points, redemption.BalanceAfter,
            redemption.RedeemedAt);
}
