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

public static class PurchasesApi
{
    public static IEndpointRouteBuilder MapPurchasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/purchases").WithTags("Purchases").RequireAuthorization(Policies.Authenticated);
        api.MapPost("/", RecordPurchase).RequireAuthorization(Policies.Staff)
            .WithSummary("Record a purchase (POS). The same externalOrderId again returns the first result (200) and changes nothing.");
        api.MapGet("/{externalOrderId}", GetPurchase).WithSummary("A recorded purchase: members see only their own.");
        return app;
    }

    public static async Task<Results<Created<PurchaseResponse>, Ok<PurchaseResponse>, ValidationProblem, ProblemHttpResult>> RecordPurchase(
        PurchaseRecording recording,
        PointsDbContext db,
        IIntegrationEventOutbox outbox,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var (valid, errors) = PurchaseRules.Validate(recording, now);
        if (valid is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await FindAsync(db, valid.ExternalOrderId, cancellationToken) is { } first)
        {
            return TypedResults.Ok(first);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The account row is the member's lock: purchases, refunds and redemptions of one member queue here.
        var account = await db.Accounts
            .FromSql($"""SELECT * FROM accounts WHERE "MemberId" = {valid.MemberId} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
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
            purchase.Items.Select(i => new PurchaseItem(i.Sku, i.Category, i.Quantity, i.Amount)).ToArray(), purchase.PaidAt)
        {
            OccurredAt = now,
        });

        var entries = new List<LedgerEntry>();
        var expiresAt = valid.PaidAt.AddMonths(policy.LotLifetimeMonths);
        foreach (var points in earned)
        {
            var entry = LedgerEntry.Earned(account.MemberId, points, purchase.SourceRef, account.Earn(points.Points), now, expiresAt);
            entries.Add(entry);
            db.Ledger.Add(entry);
            db.Lots.Add(PointsLot.Open(entry));
            outbox.Add(new PointsEarned(account.MemberId, entry.Id, entry.Points, entry.Reason, entry.SourceRef, expiresAt, entry.BalanceAfter)
            {
                OccurredAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation("IX_purchases_ExternalOrderId"))
        {
            // The same order was recorded concurrently and committed first: answer with that result.
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
}
