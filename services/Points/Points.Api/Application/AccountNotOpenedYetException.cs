using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// A member event overtook the MemberRegistered that opens the account. Thrown so the bus redelivers it later
/// (retry policy) instead of dropping a change the account would then never see.
/// </summary>
public sealed class AccountNotOpenedYetException(Guid memberId, string eventName)
    : Exception(
        $"{eventName} for member {memberId} arrived before the points account was opened; it will be redelivered.")
{
    /// <summary>The member's account for an event that changes it; this exception while it is not open yet.</summary>
    public static async Task<PointsAccount> AccountForAsync(
        PointsDbContext db, Guid memberId, string eventName, CancellationToken cancellationToken) =>
        await db.Accounts.FirstOrDefaultAsync(a => a.MemberId == memberId, cancellationToken)
        ?? throw new AccountNotOpenedYetException(memberId, eventName);
}
