using System.Diagnostics;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Apis;

public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/feedback/surveys").WithTags("Surveys")
            .RequireAuthorization(Policies.StaffOrMarketing);
        api.MapGet("/", async (FeedbackDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Surveys.AsNoTracking()
                        .Where(s => s.Version == db.Surveys.Where(o => o.Code == s.Code).Max(o => o.Version))
                        .OrderBy(s => s.Code).ToListAsync(ct))
                    .Select(SurveySummary.From).ToList()))
            .WithSummary("Every survey, at its latest version.");
        api.MapGet("/{code}", async Task<Results<Ok<SurveyResponse>, NotFound>> (
                    string code, FeedbackDbContext db, CancellationToken ct) =>
                await db.Surveys.AsNoTracking().Where(s => s.Code == code).OrderByDescending(s => s.Version)
                    .FirstOrDefaultAsync(ct) is { } survey
                    ? TypedResults.Ok(SurveyResponse.From(survey))
                    : TypedResults.NotFound())
            .WithSummary("A survey's latest version.");
        api.MapGet("/{code}/versions/{version:int}", async Task<Results<Ok<SurveyResponse>, NotFound>> (
                    string code, int version, FeedbackDbContext db, CancellationToken ct) =>
                await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code && s.Version == version, ct)
                    is { } survey
                    ? TypedResults.Ok(SurveyResponse.From(survey))
                    : TypedResults.NotFound())
            .WithSummary("One version of a survey, as the answers to it were asked.");
        api.MapPost("/", Create).RequireAuthorization(Policies.Marketing)
            .WithSummary("A new survey, version 1; 409 when the code exists.");
        api.MapPut("/{code}", Revise).RequireAuthorization(Policies.Marketing)
            .WithSummary("The survey's next version (earlier answers keep pointing at the version they were asked).");
        api.MapPost("/{code}/sends", Send).RequireAuthorization(Policies.Marketing)
            .WithSummary("Invite a segment's members to the survey now, under the invitation rules (period, consent).");
        return app;
    }

    public static async Task<Results<Created<SurveyResponse>, ValidationProblem, ProblemHttpResult>> Create(
        SurveyRequest request, SaveSurvey surveys, CancellationToken cancellationToken) =>
        request.Missing() is { Count: > 0 } missing
            ? TypedResults.ValidationProblem(missing)
            : await surveys.CreateAsync(request.ToDefinition(), cancellationToken) switch
        {
            SurveyOutcome.Saved saved => TypedResults.Created(
                $"/api/feedback/surveys/{saved.Survey.Code}", SurveyResponse.From(saved.Survey)),
            SurveyOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            SurveyOutcome.Exists => Problems.Of(
                StatusCodes.Status409Conflict, "A survey with this code exists; PUT makes its next version.", "code"),
            _ => throw new UnreachableException(),
        };

    public static async Task<Results<Ok<SurveyResponse>, ValidationProblem, NotFound>> Revise(
        string code, SurveyRevision request, SaveSurvey surveys, CancellationToken cancellationToken) =>
        request.Missing(code) is { Count: > 0 } missing
            ? TypedResults.ValidationProblem(missing)
            : await surveys.ReviseAsync(request.ToDefinition(code), cancellationToken) switch
        {
            SurveyOutcome.Saved saved => TypedResults.Ok(SurveyResponse.From(saved.Survey)),
            SurveyOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            SurveyOutcome.NotFound or SurveyOutcome.Exists => TypedResults.NotFound(),
            _ => throw new UnreachableException(),
        };

    public static async Task<Results<Accepted<SendResponse>, ValidationProblem, NotFound>> Send(
        string code, SendRequest request, SendToSegment send, CancellationToken cancellationToken) =>
        request.Missing() is { Count: > 0 } missing
            ? TypedResults.ValidationProblem(missing)
            : await send.HandleAsync(code, request.SegmentCode.Trim(), cancellationToken) switch
        {
            SendToSegmentOutcome.Sent sent => TypedResults.Accepted(
                (string?)null, new SendResponse(sent.Invited, sent.Skipped)),
            SendToSegmentOutcome.NotFound => TypedResults.NotFound(),
            _ => throw new UnreachableException(),
        };
}
