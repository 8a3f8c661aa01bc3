using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Surveys;

namespace Loyalty.Feedback.Api.Infrastructure;

/// <summary>An invitation that went out with the survey version it asked (for the reads that show both).</summary>
public sealed record InvitationWithSurvey(SurveyInvitation Invitation, Survey Survey);

internal static class InvitationQueries
{
    /// <summary>The invitations that went out, each with the version asked.</summary>
    public static IQueryable<InvitationWithSurvey> WithSurveyAsked(
        this IQueryable<SurveyInvitation> invitations, FeedbackDbContext db) =>
        invitations.Where(i => i.SurveyVersion != null)
            .Join(db.Surveys, i => new { Code = i.SurveyCode, Version = i.SurveyVersion!.Value },
                s => new { s.Code, s.Version }, (i, s) => new InvitationWithSurvey(i, s));
}
