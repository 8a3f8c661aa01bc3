using Loyalty.BuildingBlocks.Time;
using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Services;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
            .WithSummary("Reward a review, social share (capped per calendar month) or survey. 201 when points were earned; 200 for a repeated reference or an action that earns nothing, with the outcome.");
        return app;
    }

    public static async Task<Results<Created<ActionResult>, Ok<ActionResult>, ValidationProblem, ProblemHttpResult>> RecordAction(
        ActionRequest request, PointsDbContext db, PointsPosting posting, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.MemberId is null || request.MemberId == Guid.Empty)
        {
            errors["memberId"] = ["The member's id is required."];
        }

        if (request.Action is not { } action || !Enum.IsDefined(action))
        {
            errors["action"] = ["Action must be Review, SocialShare or Survey."];
        }

        var reference = request.Reference?.Trim();
        if (string.IsNullOrEmpty(reference) || reference.Length > 100)
        {
            errors["reference"] = ["A reference (at most 100 characters) naming the review, share or survey response is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var memberId = request.MemberId!.Value;
        var sourceRef = $"{ActionCode(request.Action!.Value)}:{reference}";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = await posting.LockAccountAsync(memberId, cancellationToken);
        if (account is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "This member has no points account.",
                extensions: new Dictionary<string, object?> { ["field"] = "memberId" });
        }

        ActionResult Result(long points, string outcome) => new(memberId, request.Action.Value, reference!, points, account.Balance, outcome);

        if (await db.Ledger.AsNoTracking().FirstOrDefaultAsync(e => e.SourceRef == sourceRef && e.MemberId == memberId, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(Result(earlier.Points, AlreadyRecorded));
        }

        var policy = await db.EarningPolicies.AsNoTracking().SingleAsync(cancellationToken);
        var sharesThisMonth = request.Action == PointsAction.SocialShare ? await SharesThisMonthAsync(db, memberId, timeProvider, cancellationToken) : 0;
        if (policy.BonusFor(request.Action.Value, sharesThisMonth) is not { } bonus)
        {
            return TypedResults.Ok(Result(0, request.Action == PointsAction.SocialShare && policy.SocialShareBonus > 0 ? MonthlyCapReached : NoBonusSet));
        }

        var entry = await posting.GrantAsync(account, bonus.Points, bonus.RuleCode, sourceRef, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/points/accounts/{memberId}/ledger", Result(entry.Points, Earned));
    }

    /// <summary>The ledger's source-reference prefix for an action, e.g. "social-share".</summary>
    public static string ActionCode(PointsAction action) => action switch
    {
        PointsAction.SocialShare => "social-share",
        _ => action.ToString().ToLowerInvariant(),
    };

    /// <summary>Shares rewarded since the start of this calendar month on the clinics' calendar (the account lock is held).</summary>
    private static Task<int> SharesThisMonthAsync(PointsDbContext db, Guid memberId, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var monthStart = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, ClinicTime.Zone.BaseUtcOffset).ToUniversalTime(); // Npgsql takes UTC only
        return db.Ledger.CountAsync(
            e => e.MemberId == memberId && e.Reason == EarningRuleCodes.SocialShareBonus && e.CreatedAt >= monthStart, cancellationToken);
    }
}
