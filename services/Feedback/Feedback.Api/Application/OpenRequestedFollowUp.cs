using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Feedback;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// A campaign asks for a care call (FollowUpRequested): one task per request id at the member's home store, due
/// DueInDays clinic days later. A request that overtakes her registration throws, so it is redelivered until she is
/// known. While she has an open task (a detractor's answer opened one a moment ago) the request joins it: the store
/// calls her once. Nobody calls a member whose data was erased: her requests open nothing.
/// </summary>
public sealed class OpenRequestedFollowUp(FeedbackDbContext db, OpenFollowUp followUps, TimeProvider timeProvider)
{
    public async Task HandleAsync(FollowUpRequested request, CancellationToken cancellationToken)
    {
        await db.LockMemberAsync(request.MemberId, cancellationToken);
        if (await db.FollowUps.AnyAsync(t => t.RequestId == request.RequestId, cancellationToken)
            || await db.IsErasedAsync(request.MemberId, cancellationToken))
        {
            return;
        }

        var homeStore = await db.Members.Where(m => m.MemberId == request.MemberId).Select(m => m.HomeStoreId)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException(
                $"Member {request.MemberId} is not known yet; the follow-up request will be redelivered.");
        var now = timeProvider.GetUtcNow();
        var settings = await db.SettingsAsync(timeProvider, cancellationToken);
        var reason = request.Reason.Length > FollowUpTask.MaxReasonLength
            ? request.Reason[..FollowUpTask.MaxReasonLength]
            : request.Reason;
        var dueOn = settings.FollowUpDueOn(now, request.DueInDays);
        var open = await db.FollowUps.Where(t => t.MemberId == request.MemberId && t.Status == FollowUpStatus.Open)
            .OrderBy(t => t.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
        {
            open.Join(request.CampaignId, reason, dueOn);
            return;
        }

        followUps.Open(new FollowUpOpening(request.MemberId, homeStore, reason, FollowUpSource.Campaign,
            dueOn, CampaignId: request.CampaignId, RequestId: request.RequestId), now);
    }
}
