using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Services;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Points.Api.Apis;

public static class AdjustmentsApi
{
    public const int MaxMembers = 1_000;

    public static IEndpointRouteBuilder MapAdjustmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/points/adjustments").WithTags("Adjustments").RequireAuthorization(Policies.Admin)
            .MapPost("/", Adjust)
            .WithSummary("Grant (positive) or deduct (negative) points for up to 1,000 members with a reason. Each member is applied on its own; a deduction never overdraws.");
        return app;
    }

    public static async Task<Results<Ok<AdjustmentResult[]>, ValidationProblem>> Adjust(
        AdjustmentRequest request, PointsDbContext db, PointsPosting posting, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.MemberIds is not { Count: > 0 and <= MaxMembers } memberIds)
        {
            errors["memberIds"] = [$"Give 1 to {MaxMembers} member ids."];
        }

        if (request.Points is not (not 0 and >= -1_000_000 and <= 1_000_000))
        {
            errors["points"] = ["Points must be non-zero, between -1,000,000 and 1,000,000."];
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 64)
        {
            errors["reason"] = ["A reason (at most 64 characters) is required; it is shown in each member's ledger."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var adjustmentRef = $"adjustment:{Guid.CreateVersion7(timeProvider.GetUtcNow())}";
        var results = new List<AdjustmentResult>();
        foreach (var memberId in request.MemberIds!.Distinct())
        {
            // One short transaction per member: one member's lock or failure never holds up the rest.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var account = await posting.LockAccountAsync(memberId, cancellationToken);
            var entry = account is null ? null
                : request.Points > 0 ? await posting.GrantAsync(account, request.Points!.Value, reason!, adjustmentRef, cancellationToken)
                : await posting.DeductAsync(account, -request.Points!.Value, reason!, adjustmentRef, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            results.Add(new AdjustmentResult(memberId, account is null ? "NoAccount" : entry is null ? "InsufficientPoints" : "Applied", entry?.BalanceAfter ?? account?.Balance));
        }

        return TypedResults.Ok(results.ToArray());
    }
}
