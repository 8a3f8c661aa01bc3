using Loyalty.Points.Api.Domain;

namespace Loyalty.Points.Api.Apis;

public sealed record PointsAccountResponse(Guid MemberId, long Balance, DateTimeOffset OpenedAt)
{
    public static PointsAccountResponse From(PointsAccount account) => new(account.MemberId, account.Balance, account.OpenedAt);
}
