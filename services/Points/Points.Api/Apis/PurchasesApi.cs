using System.Security.Claims;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Services;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Apis;

public static class PurchasesApi
{
    public static IEndpointRouteBuilder MapPurchasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/purchases").WithTags("Purchases").RequireAuthorization(Policies.Authenticated);
        api.MapPost("/", RecordPurchase).RequireAuthorization(Policies.Staff)
            .WithSummary("Record a purchase (POS). The same externalOrderId again returns the first result (200) and changes nothing. "
                + "couponCodes (optional, at most 5) names the coupons redeemed for this order; they are shown here, in PurchaseRecorded and on the coupons.");
        api.MapGet("/{externalOrderId}", GetPurchase).WithSummary("A recorded purchase: members see only their own.");
        api.MapPost("/{externalOrderId}/refunds", RefundPurchase).RequireAuthorization(Policies.Staff)
            .WithSummary("Refund a purchase in full (no amount) or in part. Takes back the points it earned as far as the balance allows; records any shortfall.");
        return app;
    }

    public static async Task<Results<Created<PurchaseResponse>, Ok<PurchaseResponse>, ValidationProblem, ProblemHttpResult>> RecordPurchase(
        PurchaseRecording recording,
        PointsDbContext db,
        IIntegrationEventOutbox outbox,
        PointsPosting posting,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var (valid, errors) = PurchaseRules.Validate(recording, now);
        if (valid is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // No lookup first: a repeated order is rare, and the unique index on the order id finds it at commit (below),
        // which saves a round trip on every new purchase.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The account row is the member's lock: purchases, refunds and redemptions of one member queue here.
        var account = await posting.LockAccountAsync(valid.MemberId, cancellationToken);
        if (account is null)
        {
            if (await FindAsync(db, valid.ExternalOrderId, cancellationToken) is { } recorded)
            {
                return TypedResults.Ok(recorded);
            }

            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No points account for this member.",
                detail: "A member registered a moment ago gets an account within seconds; retry shortly.",
                extensions: new Dictionary<string, object?> { ["field"] = "memberId" });
        }

        var policy = await db.EarningPolicies.SingleAsync(cancellationToken);
        var earned = policy.EarnForPurchase(valid.Amount, account.Tier, account.IsBirthdayMonth(valid.PaidAt));
        var purchase = Purchase.Record(valid, earned.Sum(e => e.Points), now);
        db.Purchases.Add(purchase);
        outbox.Add(new PurchaseRecorded(
            purchase.Id, purchase.ExternalOrderId, purchase.MemberId, purchase.StoreId, purchase.Amount,
            purchase.Items.Select(i => new PurchaseItem(i.Sku, i.Category, i.Quantity, i.Amount)).ToArray(), purchase.PaidAt, purchase.CouponCodes)
        {
            OccurredAt = now,
        });

        var expiresAt = valid.PaidAt.AddMonths(policy.LotLifetimeMonths);
        var entries = earned.Select(points => posting.Grant(account, points, purchase.SourceRef, expiresAt)).ToList();

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(PurchaseConfiguration.ExternalOrderIdIndex))
        {
            // The same order was recorded before, or concurrently and committed first: answer with that result.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return TypedResults.Ok((await FindAsync(db, valid.ExternalOrderId, cancellationToken))!);
        }

        return TypedResults.Created($"/api/purchases/{Uri.EscapeDataString(purchase.ExternalOrderId)}", PurchaseResponse.From(purchase, entries));
    }

    public static async Task<Results<Ok<PurchaseResponse>, NotFound, ForbidHttpResult>> GetPurchase(
        string externalOrderId, ClaimsPrincipal user, PointsDbContext db, CancellationToken cancellationToken)
    {
        var purchase = await FindAsync(db, externalOrderId, cancellationToken);
        if (purchase is null)
        {
            return user.IsStaffOrAdmin() ? TypedResults.NotFound() : TypedResults.Forbid();
        }

        return user.MaySee(purchase.MemberId) ? TypedResults.Ok(purchase) : TypedResults.Forbid();
    }

    private static async Task<PurchaseResponse?> FindAsync(PointsDbContext db, string externalOrderId, CancellationToken cancellationToken)
    {
        var purchase = await db.Purchases.AsNoTracking().FirstOrDefaultAsync(p => p.ExternalOrderId == externalOrderId, cancellationToken);
        if (purchase is null)
        {
            return null;
        }

        var entries = await db.Ledger.AsNoTracking().Where(e => e.SourceRef == purchase.SourceRef).ToListAsync(cancellationToken);
        return PurchaseResponse.From(purchase, entries);
    }

    public const string RefundTakeBackReason = "refund-takeback";

    public static async Task<Results<Created<RefundResponse>, Ok<RefundResponse>, ValidationProblem, ProblemHttpResult>> RefundPurchase(
        string externalOrderId,
        RefundRequest request,
        PointsDbContext db,
        IIntegrationEventOutbox outbox,
        PointsPosting posting,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (request.RequestId is { } requestId && await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(RefundResponse.From(earlier));
        }

        if (request.Amount is { } asked && (asked <= 0 || decimal.Round(asked, 2) != asked))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["amount"] = ["Refund amount must be above 0 CNY with at most 2 decimals, or left out for a full refund."] });
        }

        var memberId = await db.Purchases.Where(p => p.ExternalOrderId == externalOrderId).Select(p => (Guid?)p.MemberId).FirstOrDefaultAsync(cancellationToken);
        if (memberId is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No purchase with this external order id.");
        }

        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The member's account first, as every other points change does, then the purchase.
        var account = (await posting.LockAccountAsync(memberId.Value, cancellationToken))!;
        var purchase = await db.Purchases.FromSql($"""SELECT * FROM purchases WHERE "ExternalOrderId" = {externalOrderId} FOR UPDATE""").SingleAsync(cancellationToken);
        if (purchase.Refundable == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This purchase is already fully refunded.");
        }

        var amount = request.Amount ?? purchase.Refundable;
        if (amount > purchase.Refundable)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["amount"] = [$"At most {purchase.Refundable:F2} CNY of this purchase is left to refund."] });
        }

        var due = purchase.PointsDueFor(amount);
        var refundId = Guid.CreateVersion7(now);
        var takeBack = await posting.DeductUpToAsync(account, due, RefundTakeBackReason, $"refund:{refundId}", cancellationToken);
        var refund = new Refund
        {
            Id = refundId, RequestId = request.RequestId, PurchaseId = purchase.Id, ExternalOrderId = purchase.ExternalOrderId,
            MemberId = account.MemberId, Amount = amount, CompletesRefund = amount == purchase.Refundable,
            PointsDue = due, PointsTakenBack = takeBack, ShortfallPoints = due - takeBack, RefundedAt = now,
        };
        purchase.ApplyRefund(amount, due);
        db.Refunds.Add(refund);
        outbox.Add(new PurchaseRefunded(refund.Id, purchase.Id, purchase.ExternalOrderId, purchase.MemberId, purchase.StoreId, amount, refund.CompletesRefund, now)
        {
            OccurredAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(RefundConfiguration.RequestIdIndex))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return TypedResults.Ok(RefundResponse.From(await db.Refunds.AsNoTracking().SingleAsync(r => r.RequestId == request.RequestId, cancellationToken)));
        }

        return TypedResults.Created($"/api/purchases/{Uri.EscapeDataString(externalOrderId)}/refunds/{refund.Id}", RefundResponse.From(refund));
    }
}
