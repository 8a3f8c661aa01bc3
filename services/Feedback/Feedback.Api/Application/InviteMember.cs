using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Settings;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Schedules one invitation inside the caller's transaction, under the member's lock: skipped (and counted, with
/// the reason) when another of hers is due within minDaysBetweenInvitations or she has not consented to the channel
/// for Feedback; otherwise scheduled for <c>dueAt</c>, when the sender sends it.
/// </summary>
public sealed class InviteMember(FeedbackDbContext db)
{
    /// <returns>The invitation, scheduled or skipped; null when her data was erased (nobody asks her anything).</returns>
    public async Task<SurveyInvitation?> InviteAsync(
        InvitationRequest request,
        DateTimeOffset dueAt,
        FeedbackSettings settings,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await db.LockMemberAsync(request.MemberId, cancellationToken);
        if (await db.IsErasedAsync(request.MemberId, cancellationToken))
        {
            return null;
        }

        var window = TimeSpan.FromDays(settings.MinDaysBetweenInvitations);
        var others = await db.Invitations.AsNoTracking()
            .Where(i => i.MemberId == request.MemberId && InvitationRules.Counting.Contains(i.Status)
                && i.DueAt > dueAt - window && i.DueAt < dueAt + window)
            .Select(i => i.DueAt)
            .ToListAsync(cancellationToken);
        var invitation = SurveyInvitation.Schedule(request, settings.Channel, dueAt, now);
        if (InvitationRules.Refuses(dueAt, others, settings.MinDaysBetweenInvitations,
                await ConsentedAsync(request.MemberId, settings.Channel, cancellationToken)) is { } reason)
        {
            invitation.Skip(reason);
        }

        db.Invitations.Add(invitation);
        return invitation;
    }

    public Task<bool> ConsentedAsync(Guid memberId, Channel channel, CancellationToken cancellationToken) =>
        db.Consents.AnyAsync(c => c.MemberId == memberId && c.Channel == channel
            && c.Purpose == ConsentPurpose.Feedback && c.Granted, cancellationToken);
}
