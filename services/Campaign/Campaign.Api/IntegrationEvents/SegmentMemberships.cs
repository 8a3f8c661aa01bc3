using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.IntegrationEvents;

internal static class SegmentMemberships
{
    /// <summary>Records entering or leaving unless a later change was already seen (events may arrive out of order). True when applied.</summary>
    public static async Task<bool> ApplyAsync(CampaignDbContext db, Guid memberId, string segmentCode, bool isMember, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = await db.Segments.FromSql($"""SELECT * FROM segment_memberships WHERE "MemberId" = {memberId} AND "SegmentCode" = {segmentCode} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            db.Segments.Add(new SegmentMembership { MemberId = memberId, SegmentCode = segmentCode, IsMember = isMember, ChangedAt = at.ToUniversalTime() });
            return true;
        }

        if (row.ChangedAt > at)
        {
            return false;
        }

        (row.IsMember, row.ChangedAt) = (isMember, at.ToUniversalTime());
        return true;
    }
}
