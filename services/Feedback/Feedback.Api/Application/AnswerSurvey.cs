using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts.Feedback;
using Loyalty.Feedback.Api.Domain.Answers;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Surveys;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure.Configurations;
using Loyalty.Feedback.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// A member answers an invitation (from the app, signed in, or from her personal link): once, before it expires,
/// every answer fitting the version she was asked. The answer, the invitation's new status, SurveyAnswered and,
/// for a detractor or a satisfaction below followUpBelowSatisfaction, a follow-up task at her home store commit
/// together.
/// </summary>
public sealed class AnswerSurvey(FeedbackDbContext db, IIntegrationEventOutbox outbox, OpenFollowUp followUps,
    TimeProvider timeProvider)
{
    /// <summary>Her own invitation, by id (another member's is not found).</summary>
    public Task<AnswerOutcome> ByIdAsync(Guid invitationId, Guid memberId,
        IReadOnlyDictionary<string, JsonElement> answers, CancellationToken cancellationToken) =>
        AnswerAsync(db.Invitations.Where(i => i.Id == invitationId && i.MemberId == memberId), answers,
            cancellationToken);

    /// <summary>The invitation whose link this token is.</summary>
    public Task<AnswerOutcome> ByTokenAsync(string token, IReadOnlyDictionary<string, JsonElement> answers,
        CancellationToken cancellationToken)
    {
        var hash = InvitationLink.HashOf(token);
        return AnswerAsync(db.Invitations.Where(i => i.TokenHash == hash), answers, cancellationToken);
    }

    private Task<AnswerOutcome> AnswerAsync(IQueryable<SurveyInvitation> found,
        IReadOnlyDictionary<string, JsonElement> answers, CancellationToken cancellationToken) =>
        db.RunAsync<AnswerOutcome>(
            async ct =>
            {
                var id = await found.Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
                if (id is null || await db.LockInvitationAsync(id.Value, ct) is not { } invitation)
                {
                    return new AnswerOutcome.NotFound();
                }

                var now = timeProvider.GetUtcNow();
                switch (invitation.RefusesAnswer(now))
                {
                    case AnswerRefusal.AlreadyAnswered:
                        return new AnswerOutcome.AlreadyAnswered();
                    case AnswerRefusal.Expired:
                        return new AnswerOutcome.Expired();
                    case AnswerRefusal.NotSent:
                        return new AnswerOutcome.NotFound();
                }

                var survey = await db.Surveys.AsNoTracking().SingleAsync(
                    s => s.Code == invitation.SurveyCode && s.Version == invitation.SurveyVersion, ct);
                var read = SurveyAnswers.Read(survey, answers, out var errors);
                if (errors.Count > 0)
                {
                    return new AnswerOutcome.Invalid(errors);
                }

                var homeStore = await db.Members.Where(m => m.MemberId == invitation.MemberId)
                    .Select(m => m.HomeStoreId).FirstOrDefaultAsync(ct);
                var answer = SurveyAnswer.Record(invitation, invitation.StoreId ?? homeStore, read, now);
                invitation.Answered(now);
                db.Answers.Add(answer);
                outbox.Add(answer.ToEvent());
                await OpenFollowUpIfUnhappyAsync(answer, read, homeStore ?? invitation.StoreId, now, ct);
                return new AnswerOutcome.Answered(answer.Id);
            },
            [new Repeat<AnswerOutcome>(SurveyAnswerConfiguration.InvitationIndex,
                _ => Task.FromResult<AnswerOutcome>(new AnswerOutcome.AlreadyAnswered()))],
            cancellationToken);

    private async Task OpenFollowUpIfUnhappyAsync(SurveyAnswer answer, SurveyAnswers read, string? storeId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = await db.SettingsAsync(timeProvider, cancellationToken);
        var source = answer.NpsGroup == NpsGroup.Detractor ? FollowUpSource.Detractor
            : read.LowestSatisfaction < settings.FollowUpBelowSatisfaction ? FollowUpSource.LowSatisfaction
            : (FollowUpSource?)null;
        if (source is null || storeId is null)
        {
            return;
        }

        // The desk that calls her reads Chinese; English after it for anyone else reading the list.
        var reason = source == FollowUpSource.Detractor
            ? $"推荐意愿 {answer.Nps} 分 · NPS {answer.Nps} ({answer.SurveyCode})"
            : $"满意度 {read.LowestSatisfaction}/5 · satisfaction {read.LowestSatisfaction} of 5 ({answer.SurveyCode})";
        followUps.Open(new FollowUpOpening(answer.MemberId, storeId, reason, source.Value,
            settings.FollowUpDueOn(now), InvitationId: answer.InvitationId, CampaignId: answer.CampaignId), now);
    }
}

/// <summary>How answering ended.</summary>
public abstract record AnswerOutcome
{
    private AnswerOutcome()
    {
    }

    public sealed record Answered(Guid AnswerId) : AnswerOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : AnswerOutcome;

    public sealed record AlreadyAnswered : AnswerOutcome;

    public sealed record Expired : AnswerOutcome;

    public sealed record NotFound : AnswerOutcome;
}
