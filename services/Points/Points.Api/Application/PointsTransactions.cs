using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Infrastructure.Sql;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// How every points change of a member runs: the member's account is locked first (the order is written on
/// <see cref="PointsLocks"/>), then the work, which gets the locked account (null when the member has none yet).
/// </summary>
public sealed class PointsTransactions(PointsDbContext db)
{
    /// <summary>As its own business transaction (BusinessTransaction: begin, work, save, commit).</summary>
    public Task<TOutcome> ForMemberAsync<TOutcome>(
        Guid memberId,
        Func<PointsAccount?, CancellationToken, Task<TOutcome>> work,
        IReadOnlyList<Repeat<TOutcome>> repeats,
        CancellationToken cancellationToken) =>
        db.RunAsync(token => InCurrentTransactionAsync(memberId, work, token), repeats, cancellationToken);

    /// <summary>
    /// Inside the transaction its caller runs and commits: a consumer's (with its inbox row) or a job's member by
    /// member (<see cref="MemberByMember"/>).
    /// </summary>
    public async Task<TOutcome> InCurrentTransactionAsync<TOutcome>(
        Guid memberId,
        Func<PointsAccount?, CancellationToken, Task<TOutcome>> work,
        CancellationToken cancellationToken)
    {
        // Outside a transaction the lock would end with its own statement.
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A member's points change runs inside a transaction.");
        }

        return await work(await PointsLocks.AccountAsync(db, memberId, cancellationToken), cancellationToken);
    }
}
