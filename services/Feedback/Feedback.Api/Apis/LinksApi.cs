using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Apis;

/// <summary>
/// The personal link, without signing in (the gateway's public route): the token is the only credential, works once
/// and expires. Nothing here names the member.
/// </summary>
public static class LinksApi
{
    public static IEndpointRouteBuilder MapLinksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/feedback/links").WithTags("Survey links").AllowAnonymous();
        api.MapGet("/{token}", GetLink)
            .WithSummary("The invitation of a personal link and its survey: 404 unknown, 410 expired or answered.");
        api.MapPost("/{token}/answers", Answer)
            .WithSummary("Answer through the personal link: 409 answered already, 410 expired, 400 naming "
                + "answers.<key>.");
        return app;
    }

    public static async Task<Results<Ok<InvitationDetailResponse>, NotFound, ProblemHttpResult>> GetLink(
        string token, FeedbackDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var hash = InvitationLink.HashOf(token);
        var found = await db.Invitations.AsNoTracking().Where(i => i.TokenHash == hash).WithSurveyAsked(db)
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var now = timeProvider.GetUtcNow();
        return found.Invitation.RefusesAnswer(now) is null
            ? TypedResults.Ok(InvitationDetailResponse.From(found.Invitation, found.Survey, now))
            : Problems.Of(StatusCodes.Status410Gone, "This link has expired or was used already.", "token");
    }

    public static async Task<Results<Created<AnswerResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Answer(
        string token, AnswerRequest request, AnswerSurvey answer, CancellationToken cancellationToken) =>
        request.Missing() is { Count: > 0 } missing
            ? TypedResults.ValidationProblem(missing)
            : AnswerResults.From(await answer.ByTokenAsync(token, request.Answers, cancellationToken));
}
