using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// An operator invites a segment's members (Feedback's copy of the memberships) to a survey now, each under the
/// invitation rules: those refused are counted as skipped.
/// </summary>
public sealed class SendToSegment(FeedbackDbContext db, InviteMember invite, TimeProvider timeProvider)
{
    public Task<SendToSegmentOutcome> HandleAsync(
        string surveyCode, string segmentCode, CancellationToken cancellationToken) =>
        db.RunAsync<SendToSegmentOutcome>(
            async ct =>
            {
                if (!await db.Surveys.AnyAsync(s => s.Code == surveyCode, ct))
                {
                    return new SendToSegmentOutcome.NotFound();
                }

                var settings = await db.SettingsAsync(timeProvider, ct);
                var now = timeProvider.GetUtcNow();
                var members = await db.Segments.AsNoTracking()
                    .Where(s => s.SegmentCode == segmentCode && s.IsMember)
                    .OrderBy(s => s.MemberId)
                    .Select(s => new
                    {
                        s.MemberId,
                        HomeStore = db.Members.Where(m => m.MemberId == s.MemberId).Select(m => m.HomeStoreId)
                            .FirstOrDefault(),
                    })
                    .ToListAsync(ct);
                var (invited, skipped) = (0, 0);
                foreach (var member in members)
                {
                    var invitation = await invite.InviteAsync(
                        new InvitationRequest(member.MemberId, surveyCode, InvitationSource.Operator, member.HomeStore),
                        now, settings, now, ct);
                    if (invitation is not null)
                    {
                        _ = invitation.Status == InvitationStatus.Skipped ? skipped++ : invited++;
                    }
                }

                return new SendToSegmentOutcome.Sent(invited, skipped);
            },
            cancellationToken);
}

/// <summary>How an operator's send ended.</summary>
public abstract record SendToSegmentOutcome
{
    private SendToSegmentOutcome()
    {
    }

    public sealed record Sent(int Invited, int Skipped) : SendToSegmentOutcome;

    public sealed record NotFound : SendToSegmentOutcome;
}
