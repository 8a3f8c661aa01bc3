using Loyalty.Points.Api.Domain.Accounts;

namespace Loyalty.Points.Api.Apis;

/// <param name="MemberId">The member.</param>
/// <param name="Balance">Points available now.</param>
/// <param name="OpenedAt">When the account was opened (UTC).</param>
public sealed record PointsAccountResponse(Guid MemberId, long Balance, DateTimeOffset OpenedAt)
{
    public static PointsAccountResponse From(PointsAccount account) =>
        new(account.MemberId, account.Balance, account.OpenedAt);
}
