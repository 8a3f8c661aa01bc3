using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Members' own part of a member's export (<see cref="MemberDataPart"/>), as DataExportJson writes it. Runs inside
/// the request's transaction, under the member's row lock.
/// </summary>
public sealed class ExportMemberData(MembersDbContext db, TimeProvider timeProvider)
{
    /// <param name="requests">Her data requests, the new one among them.</param>
    public async Task<string> PartOfAsync(
        Member member, IReadOnlyList<DataRequest> requests, CancellationToken cancellationToken)
    {
        var consents = await db.Consents.AsNoTracking().Where(c => c.MemberId == member.Id)
            .OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        var tiers = await db.TierHistory.AsNoTracking().Where(t => t.MemberId == member.Id)
            .OrderBy(t => t.ChangedAt).ToListAsync(cancellationToken);
        var spend = await db.RollingSpendAsync(member.Id, timeProvider.GetUtcNow(), cancellationToken);
        return DataExportJson.Serialize(MemberDataPart.Of(member, consents, tiers, spend, requests));
    }
}
