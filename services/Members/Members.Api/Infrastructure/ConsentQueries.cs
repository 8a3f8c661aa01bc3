using Loyalty.Members.Api.Domain.Consents;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Infrastructure;

public static class ConsentQueries
{
    /// <summary>The member's latest decision per channel and purpose (those never decided are absent).</summary>
    public static async Task<List<ConsentRecord>> LatestConsentsAsync(
        this MembersDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        ConsentRecord.LatestOf(await db.Consents.AsNoTracking().Where(r => r.MemberId == memberId)
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken));
}
