using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Privacy;
using Loyalty.Feedback.Api.Domain.Surveys;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Erases what Feedback holds that names a member (docs/privacy.md "feedback"), in the consumer's transaction and under
/// her member lock (so no invitation or follow-up for her starts alongside): her free-text answers and the follow-ups'
/// notes go, invitations she has not answered are cancelled (their links answer 410), her consent and segment copies
/// go; the scores stay under her MemberId for the NPS and satisfaction figures. The erased-members row keeps later
/// events from inviting or calling her, and MemberErased answers. A second request changes nothing and answers again.
/// </summary>
public sealed class EraseMember(FeedbackDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public async Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken)
    {
        var memberId = request.MemberId;
        var now = timeProvider.GetUtcNow();
        await db.LockMemberAsync(memberId, cancellationToken);
        var earlier = await db.Set<ErasedMember>().FindAsync([memberId], cancellationToken);
        if (earlier is null)
        {
            await ForgetTextAnswersAsync(memberId, cancellationToken);
            foreach (var task in await db.FollowUps.Where(t => t.MemberId == memberId).ToListAsync(cancellationToken))
            {
                task.ForgetNotes();
            }

            foreach (var invitation in await db.Invitations.Where(i => i.MemberId == memberId)
                         .ToListAsync(cancellationToken))
            {
                invitation.Withdraw();
            }

            await db.Consents.Where(c => c.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
            await db.Segments.Where(s => s.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
            db.Add(new ErasedMember { MemberId = memberId, RequestId = request.RequestId, ErasedAt = now });
            await db.DeletePublishedEventsAboutAsync(memberId, cancellationToken);
        }

        outbox.Add(new MemberErased(request.RequestId, memberId, ExportMemberData.Service, earlier?.ErasedAt ?? now)
        {
            OccurredAt = now,
        });
    }

    /// <summary>Which questions were free text is each survey version's to say.</summary>
    private async Task ForgetTextAnswersAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var answers = await db.Answers.Where(a => a.MemberId == memberId).ToListAsync(cancellationToken);
        var codes = answers.Select(a => a.SurveyCode).Distinct().ToList();
        var surveys = await db.Surveys.AsNoTracking().Where(s => codes.Contains(s.Code))
            .ToListAsync(cancellationToken);
        foreach (var answer in answers)
        {
            var textKeys = surveys.Where(s => s.Code == answer.SurveyCode && s.Version == answer.SurveyVersion)
                .SelectMany(s => s.Questions).Where(q => q.Kind == QuestionKind.Text).Select(q => q.Key).ToHashSet();
            answer.ForgetText(textKeys);
        }
    }
}
