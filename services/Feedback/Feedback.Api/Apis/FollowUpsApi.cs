using System.Diagnostics;
using System.Security.Claims;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Feedback.Api.Application;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Apis;

public static class FollowUpsApi
{
    public static IEndpointRouteBuilder MapFollowUpsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/feedback/follow-ups").WithTags("Follow-ups")
            .RequireAuthorization(Policies.StaffOrMarketing);
        api.MapGet("/", Search)
            .WithSummary("Care follow-ups (回访) by store, status (Open, Overdue, Closed), assignee and member, the "
                + "soonest due first (front desk: its stores only).");
        api.MapPost("/", Create).WithSummary("Open a follow-up for a member at her home store.");
        api.MapPut("/{id:guid}/assignee", Assign).WithSummary("Who calls her.");
        api.MapPost("/{id:guid}/outcome", RecordOutcome)
            .WithSummary("How the call went: NotReached keeps it open for another try; any other outcome closes it; "
                + "409 when it is closed.");
        return app;
    }

    /// <param name="storeId">Only this store's tasks.</param>
    /// <param name="status">Open, Overdue (open and past due) or Closed.</param>
    /// <param name="assignedTo">Only tasks assigned to this staff member.</param>
    /// <param name="memberId">Only this member's tasks.</param>
    /// <param name="page">Page, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 200 (default 20).</param>
    public static async Task<Results<Ok<ItemsPage<FollowUpResponse>>, ValidationProblem, ProblemHttpResult>> Search(
        string? storeId, string? status, string? assignedTo, Guid? memberId, int? page, int? pageSize,
        ClaimsPrincipal user, FeedbackDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
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

        var today = ClinicTime.Today(timeProvider);
        var query = db.FollowUps.AsNoTracking();
        if (StoreScope.ReadableStores(user) is { } stores)
        {
            query = query.Where(t => stores.Contains(t.StoreId));
        }

        query = query.Where(t => (store == null || t.StoreId == store) && (memberId == null || t.MemberId == memberId)
            && (assignedTo == null || t.AssignedTo == assignedTo));
        query = shown switch
        {
            ShownStatus.Open => query.Where(t => t.Status == FollowUpStatus.Open),
            ShownStatus.Overdue => query.Where(t => t.Status == FollowUpStatus.Open && t.DueOn < today),
            ShownStatus.Closed => query.Where(t => t.Status == FollowUpStatus.Closed),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        // Open tasks first (the status is stored as its name, which would sort Closed first), the soonest due first.
        var items = await query.OrderBy(t => t.Status == FollowUpStatus.Closed).ThenBy(t => t.DueOn).ThenBy(t => t.Id)
            .Skip(paging.Offset).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ItemsPage<FollowUpResponse>(
            items.Select(t => FollowUpResponse.From(t, today)).ToList(), total));
    }

    public static async Task<Results<Created<FollowUpResponse>, ValidationProblem, NotFound<ProblemDetails>,
        ProblemHttpResult>> Create(
        FollowUpRequest request, ClaimsPrincipal user, CreateFollowUp create, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (request.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        return await create.HandleAsync(request.MemberId, request.Reason.Trim(), request.DueOn, request.AssignedTo,
                request.Note, store => StoreScope.MayRead(user, store), cancellationToken) switch
        {
            CreateFollowUpOutcome.Created created => TypedResults.Created(
                $"/api/feedback/follow-ups/{created.Task.Id}",
                FollowUpResponse.From(created.Task, ClinicTime.Today(timeProvider))),
            CreateFollowUpOutcome.UnknownMember => TypedResults.NotFound(new ProblemDetails
            {
                Title = "Feedback knows no member with this id.", Extensions = { ["field"] = "memberId" },
            }),
            CreateFollowUpOutcome.OtherStore => Problems.Of(StatusCodes.Status403Forbidden,
                "This account does not act for the member's home store.", "memberId"),
            _ => throw new UnreachableException(),
        };
    }

    public static async Task<Results<Ok<FollowUpResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Assign(
        Guid id, AssigneeRequest request, ClaimsPrincipal user, WorkFollowUp work, TimeProvider timeProvider,
        CancellationToken cancellationToken) =>
        request.Missing() is { Count: > 0 } missing
            ? TypedResults.ValidationProblem(missing)
            : Worked(await work.AssignAsync(
                id, request.Assignee, store => StoreScope.MayRead(user, store), cancellationToken), timeProvider);

    public static async Task<Results<Ok<FollowUpResponse>, ValidationProblem, NotFound, ProblemHttpResult>>
        RecordOutcome(
            Guid id, OutcomeRequest request, ClaimsPrincipal user, WorkFollowUp work, TimeProvider timeProvider,
            CancellationToken cancellationToken) =>
        request.Missing() is { Count: > 0 } missing
            ? TypedResults.ValidationProblem(missing)
            : Worked(await work.RecordAsync(id, request.Outcome!.Value, request.Note,
                store => StoreScope.MayRead(user, store), cancellationToken), timeProvider);

    private static Results<Ok<FollowUpResponse>, ValidationProblem, NotFound, ProblemHttpResult> Worked(
        WorkFollowUpOutcome outcome, TimeProvider timeProvider) => outcome switch
    {
        WorkFollowUpOutcome.Done done =>
            TypedResults.Ok(FollowUpResponse.From(done.Task, ClinicTime.Today(timeProvider))),
        WorkFollowUpOutcome.NotFound => TypedResults.NotFound(),
        WorkFollowUpOutcome.Closed => Problems.Of(
            StatusCodes.Status409Conflict, "This follow-up is closed already.", "outcome"),
        _ => throw new UnreachableException(),
    };

    private enum ShownStatus
    {
        Open,
        Overdue,
        Closed,
    }
}
