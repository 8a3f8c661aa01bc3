using Loyalty.Feedback.Api.Domain.Copies;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Keeps whether a member is in a segment (SegmentEntered/SegmentLeft), for an operator's sends; nothing for a member
/// whose data was erased.
/// </summary>
public sealed class KeepSegmentMembership(FeedbackDbContext db)
{
    public async Task HandleAsync(
        Guid memberId, string segmentCode, bool isMember, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.IsErasedAsync(memberId, cancellationToken))
        {
            return;
        }

        if (await db.Segments.Where(s => s.MemberId == memberId && s.SegmentCode == segmentCode).ForUpdate()
                .SingleOrDefaultAsync(cancellationToken) is { } membership)
        {
            membership.Follow(isMember, at);
        }
        else
        {
            db.Segments.Add(SegmentMembership.Stated(memberId, segmentCode, isMember, at));
        }
    }
}
