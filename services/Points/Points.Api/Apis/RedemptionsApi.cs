using System.Security.Claims;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
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
        IIntegrationEventOutbox outbox,
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
        var account = await db.Accounts.FromSql($"""SELECT * FROM accounts WHERE "MemberId" = {memberId} FOR UPDATE""").SingleOrDefaultAsync(cancellationToken);
        var item = await db.Catalog.FromSql($"""SELECT * FROM catalog_items WHERE "Id" = {itemId} FOR UPDATE""").SingleOrDefaultAsync(cancellationToken);
        if (account is null || item is null || !item.Active)
        {
            return Problem(StatusCodes.Status404NotFound, account is null ? "No points account for this member." : "No such catalog item.", account is null ? "memberId" : "catalogItemId");
        }

        if (!item.InStock)
        {
            return Problem(StatusCodes.Status409Conflict, "This item is out of stock.", "catalogItemId");
        }

        var lots = await db.Lots.Where(l => l.MemberId == account.MemberId && l.Remaining > 0 && l.ExpiresAt > now).ToListAsync(cancellationToken);
        var plan = LotSpending.Plan(lots, item.CostPoints, now);
        if (plan is null || account.Balance < item.CostPoints)
        {
            return Problem(StatusCodes.Status409Conflict, $"Not enough points: the item costs {item.CostPoints}, the balance is {account.Balance}.", "catalogItemId");
        }

        foreach (var (lot, points) in plan)
        {
            lot.Take(points);
        }

        item.TakeOne();
        var balance = account.Spend(item.CostPoints);
        var redemption = new Redemption
        {
            Id = Guid.CreateVersion7(now), RequestId = request.RequestId, MemberId = account.MemberId, CatalogItemId = item.Id,
            Points = item.CostPoints, BalanceAfter = balance, RedeemedAt = now,
        };
        var entry = LedgerEntry.Spent(account.MemberId, item.CostPoints, Reason, redemption.SourceRef, balance, now);
        db.Redemptions.Add(redemption);
        db.Ledger.Add(entry);
        outbox.Add(new PointsRedeemed(account.MemberId, entry.Id, item.CostPoints, Reason, redemption.SourceRef, balance) { OccurredAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation("IX_redemptions_RequestId"))
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
