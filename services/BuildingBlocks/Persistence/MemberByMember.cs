using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// The loop of a population-wide job (tier review, points expiry): each member in its own transaction, so one
/// member's odd data (a value the code or the driver cannot take) rolls back that member only. They are logged by id
/// (no personal data) and counted, and the job goes on with the others; the next run tries them again.
/// </summary>
public static partial class MemberByMember
{
    /// <summary>
    /// Runs <paramref name="work"/> for each member, then saves and commits; returns the work's results for the
    /// members that committed and how many were skipped.
    /// </summary>
    public static async Task<(IReadOnlyList<T> Done, int Skipped)> RunAsync<T>(
        DbContext db,
        IEnumerable<Guid> memberIds,
        Func<Guid, Task<T>> work,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var (done, skipped) = (new List<T>(), 0);
        foreach (var memberId in memberIds)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await work(memberId);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                done.Add(result);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                skipped++;
                LogSkipped(logger, ex, memberId);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return (done, skipped);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Member {MemberId} skipped by this run (rolled back); the job goes on with the others")]
    private static partial void LogSkipped(ILogger logger, Exception exception, Guid memberId);
}
