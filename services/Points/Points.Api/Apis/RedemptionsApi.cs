using System.Security.Claims;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Services;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Apis;

public static class RedemptionsApi
{
    public const string Reason = "redemption";

    public static IEndpointRouteBuilder MapRedemptionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/points/redemptions").WithTags("Redemptions").RequireAuthorization(Policies.Authenticated)
            .MapPost("/", Redeem)
            .WithSummary("Spend points on a catalog item. 409 when the points or the stock do not suffice; the balance never goes negative.");
        return app;
    }

    public static async Task<Results<Created<RedemptionResponse>, Ok<RedemptionResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> Redeem(
        RedeemRequest request,
        ClaimsPrincipal user,
        PointsDbContext db,
        PointsPosting posting,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var memberId = request.MemberId ?? user.MemberId();
        if (request.CatalogItemId is not { } itemId || memberId is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [request.CatalogItemId is null ? "catalogItemId" : "memberId"] = ["catalogItemId is required; memberId too, unless a member redeems for themselves."],
            });
        }

        if (!user.IsStaffOrAdmin() && user.MemberId() != memberId)
        {
            return TypedResults.Forbid();
        }

        if (request.RequestId is { } requestId && await db.Redemptions.AsNoTracking().FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(RedemptionResponse.From(earlier));
        }

        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Always the account first, then the item: one lock order, so concurrent redemptions queue instead of deadlocking.
        var account = await posting.LockAccountAsync(memberId.Value, cancellationToken);
        var item = await db.Catalog.FromSql($"""SELECT * FROM catalog_items WHERE "Id" = {itemId} FOR UPDATE""").SingleOrDefaultAsync(cancellationToken);
        if (account is null || item is null || !item.Active)
        {
            return Problem(StatusCodes.Status404NotFound, account is null ? "No points account for this member." : "No such catalog item.", account is null ? "memberId" : "catalogItemId");
        }

        if (!item.InStock)
        {
            return Problem(StatusCodes.Status409Conflict, "This item is out of stock.", "catalogItemId");
        }

        var redemptionId = Guid.CreateVersion7(now);
        var spent = await posting.DeductAsync(account, item.CostPoints, Reason, $"redemption:{redemptionId}", cancellationToken, item);
        if (spent is null)
        {
            return Problem(StatusCodes.Status409Conflict, $"Not enough points: the item costs {item.CostPoints}, the balance is {account.Balance}.", "catalogItemId");
        }

        item.TakeOne();
        var redemption = new Redemption
        {
            Id = redemptionId, RequestId = request.RequestId, MemberId = account.MemberId, CatalogItemId = item.Id,
            Points = item.CostPoints, BalanceAfter = spent.BalanceAfter, RedeemedAt = now,
        };
        db.Redemptions.Add(redemption);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(RedemptionConfiguration.RedemptionRequestIdIndex))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return TypedResults.Ok(RedemptionResponse.From(await db.Redemptions.AsNoTracking().SingleAsync(r => r.RequestId == request.RequestId, cancellationToken)));
        }

        return TypedResults.Created($"/api/points/redemptions/{redemption.Id}", RedemptionResponse.From(redemption));
    }

    private static ProblemHttpResult Problem(int status, string title, string field) =>
        TypedResults.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["field"] = field });
}
