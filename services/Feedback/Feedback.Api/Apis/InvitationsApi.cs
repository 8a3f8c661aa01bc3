using System.Diagnostics;
using System.Security.Claims;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Surveys;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Apis;

public static class InvitationsApi
{
    public static IEndpointRouteBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/feedback/invitations").WithTags("Invitations")
            .RequireAuthorization(Policies.Authenticated);
        api.MapGet("/me", GetOwn).WithSummary("The calling member's invitations that went out, newest first.");
        api.MapGet("/{id:guid}", GetOne)
            .WithSummary("One invitation with the survey version it asks: the member herself, staff, marketing.");
        api.MapGet("/{id:guid}/answers", GetAnswer)
            .WithSummary("What she answered: the member herself, staff (her store's) and admins; 404 before she has.");
        api.MapPost("/{id:guid}/answers", Answer)
            .WithSummary("The member answers her invitation: 409 answered already, 410 expired, 400 naming "
                + "answers.<key>.");
        api.MapGet("/", Search).RequireAuthorization(Policies.StaffOrMarketing)
            .WithSummary("Invitations by member, store and status, newest first (front desk: its stores only).");
        return app;
    }

    public static async Task<Results<Ok<List<MemberInvitationResponse>>, NotFound>> GetOwn(
        ClaimsPrincipal user, FeedbackDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (user.MemberId() is not { } memberId)
        {
            return TypedResults.NotFound();
        }

        var now = timeProvider.GetUtcNow();
        var found = await db.Invitations.AsNoTracking()
            .Where(i => i.MemberId == memberId
                && (i.Status == InvitationStatus.Sent || i.Status == InvitationStatus.Answered))
            .OrderByDescending(i => i.SentAt).Take(100).WithSurveyAsked(db)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(found.Select(f => MemberInvitationResponse.From(f.Invitation, f.Survey, now)).ToList());
    }

    public static async Task<Results<Ok<InvitationDetailResponse>, NotFound>> GetOne(
        Guid id, ClaimsPrincipal user, FeedbackDbContext db, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var found = await db.Invitations.AsNoTracking().Where(i => i.Id == id).WithSurveyAsked(db)
            .FirstOrDefaultAsync(cancellationToken);
        var maySee = found is not null && (user.MaySee(found.Invitation.MemberId) || user.IsInRole(Roles.Marketing));
        return maySee
            ? TypedResults.Ok(InvitationDetailResponse.From(found!.Invitation, found.Survey, timeProvider.GetUtcNow()))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<GivenAnswerResponse>, NotFound>> GetAnswer(
        Guid id, ClaimsPrincipal user, FeedbackDbContext db, CancellationToken cancellationToken)
    {
        var answer = await db.Answers.AsNoTracking().FirstOrDefaultAsync(a => a.InvitationId == id, cancellationToken);
        // Her own words about her treatment: marketing reads results, not one member's answer (MaySee).
        return answer is not null && user.MaySee(answer.MemberId) && StoreScope.MayRead(user, answer.StoreId)
            ? TypedResults.Ok(GivenAnswerResponse.From(answer))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Created<AnswerResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Answer(
        Guid id, AnswerRequest request, ClaimsPrincipal user, AnswerSurvey answer,
        CancellationToken cancellationToken) =>
        request.Missing() is { Count: > 0 } missing ? TypedResults.ValidationProblem(missing)
        : user.MemberId() is { } memberId
            ? AnswerResults.From(await answer.ByIdAsync(id, memberId, request.Answers, cancellationToken))
            : TypedResults.NotFound();

    /// <param name="memberId">Only this member's invitations.</param>
    /// <param name="storeId">Only those about this store.</param>
    /// <param name="status">Scheduled, Open, Answered, Expired, Skipped or Cancelled.</param>
    /// <param name="page">Page, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 200 (default 20).</param>
    public static async Task<Results<Ok<ItemsPage<StaffInvitationResponse>>, ValidationProblem, ProblemHttpResult>>
        Search(
            Guid? memberId, string? storeId, string? status, int? page, int? pageSize, ClaimsPrincipal user,
            FeedbackDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var paging = PageQuery.Read(page, pageSize, maxSize: 200, out var errors);
        var store = StoreQuery.Read(storeId, errors);
        var shown = EnumQuery.Read<ShownStatus>(status, "status", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (StoreScope.RefusesReading(user, store, "storeId") is { } refused)
        {
            return refused;
        }

        var now = timeProvider.GetUtcNow();
        var query = db.Invitations.AsNoTracking();
        if (StoreScope.ReadableStores(user) is { } stores)
        {
            query = query.Where(i => i.StoreId != null && stores.Contains(i.StoreId));
        }

        query = query.Where(i => (memberId == null || i.MemberId == memberId) && (store == null || i.StoreId == store));
        query = shown switch
        {
            ShownStatus.Open => query.Where(i => i.Status == InvitationStatus.Sent && i.ExpiresAt > now),
            ShownStatus.Expired => query.Where(i => i.Status == InvitationStatus.Sent && i.ExpiresAt <= now),
            { } other => query.Where(i => i.Status == Enum.Parse<InvitationStatus>(other.ToString())),
            null => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.DueAt).ThenByDescending(i => i.Id)
            .Skip(paging.Offset).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ItemsPage<StaffInvitationResponse>(
            items.Select(i => StaffInvitationResponse.From(i, now)).ToList(), total));
    }

    private enum ShownStatus
    {
        Scheduled,
        Open,
        Answered,
        Expired,
        Skipped,
        Cancelled,
    }
}

/// <summary>How an answer's outcome reads over HTTP, the same from the app and from a link.</summary>
internal static class AnswerResults
{
    public static Results<Created<AnswerResponse>, ValidationProblem, NotFound, ProblemHttpResult> From(
        AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Answered answered => TypedResults.Created(
            (string?)null, new AnswerResponse(answered.AnswerId)),
        AnswerOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
        AnswerOutcome.AlreadyAnswered => Problems.Of(
            StatusCodes.Status409Conflict, "This invitation is already answered.", "invitation"),
        AnswerOutcome.Expired => Problems.Of(StatusCodes.Status410Gone, "This invitation has expired.", "invitation"),
        AnswerOutcome.NotFound => TypedResults.NotFound(),
        _ => throw new UnreachableException(),
    };
}
