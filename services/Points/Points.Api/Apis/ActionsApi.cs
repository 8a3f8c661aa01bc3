using System.Diagnostics;
using Loyalty.Points.Api.Application;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Points.Api.Apis;

public static class ActionsApi
{
    public const string Earned = "Earned";
    public const string AlreadyRecorded = "AlreadyRecorded";
    public const string MonthlyCapReached = "MonthlyCapReached";
    public const string NoBonusSet = "NoBonusSet";

    public static IEndpointRouteBuilder MapActionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/points/actions").WithTags("Action bonuses").RequireAuthorization(Policies.Staff)
            .MapPost("/", RecordAction)
            .WithSummary("Reward a review, social share (capped per calendar month) or survey. 201 when points were "
                + "earned; 200 for a repeated reference or an action that earns nothing, with the outcome.");
        return app;
    }

    public static async Task<Results<Created<ActionResult>, Ok<ActionResult>, ValidationProblem, ProblemHttpResult>>
        RecordAction(ActionRequest request, RecordAction recordAction, CancellationToken cancellationToken)
    {
        var reference = request.Reference?.Trim();
        var outcome = await recordAction.HandleAsync(request.MemberId, request.Action, reference, cancellationToken);
        ActionResult Result(long points, long balance, string said) =>
            new(request.MemberId!.Value, request.Action!.Value, reference!, points, balance, said);
        return outcome switch
        {
            RecordActionOutcome.Earned(var entry) => TypedResults.Created(
                $"/api/points/accounts/{entry.MemberId}/ledger", Result(entry.Points, entry.BalanceAfter, Earned)),
            RecordActionOutcome.AlreadyRecorded(var points, var balance) =>
                TypedResults.Ok(Result(points, balance, AlreadyRecorded)),
            RecordActionOutcome.MonthlyCapReached(var balance) =>
                TypedResults.Ok(Result(0, balance, MonthlyCapReached)),
            RecordActionOutcome.NoBonusSet(var balance) => TypedResults.Ok(Result(0, balance, NoBonusSet)),
            RecordActionOutcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            RecordActionOutcome.NoAccount => FieldProblem.Of(
                StatusCodes.Status404NotFound, "This member has no points account.", "memberId"),
            _ => throw new UnreachableException(),
        };
    }
}
