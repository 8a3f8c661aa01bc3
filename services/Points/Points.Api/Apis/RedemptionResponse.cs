using Loyalty.Points.Api.Domain;

namespace Loyalty.Points.Api.Apis;

public sealed record RedemptionResponse(Guid Id, Guid MemberId, Guid CatalogItemId, long Points, long BalanceAfter, DateTimeOffset RedeemedAt)
{
    public static RedemptionResponse From(Redemption redemption) =>
        new(redemption.Id, redemption.MemberId, redemption.CatalogItemId, redemption.Points, redemption.BalanceAfter, redemption.RedeemedAt);
}
