using System.Diagnostics;
using System.Security.Claims;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Domain.Purchases;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Infrastructure.Sql;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Apis;

public static class PurchasesApi
{
    public static IEndpointRouteBuilder MapPurchasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/purchases").WithTags("Purchases").RequireAuthorization(Policies.Authenticated);
        api.MapPost("/", RecordPurchase).RequireAuthorization(Policies.RecordPurchases)
            .WithSummary("Record a purchase (POS). The same externalOrderId again returns the first result (200) and "
                + "changes nothing. couponCodes (optional, at most 5) names the coupons redeemed for this order; they "
                + "are shown here, in PurchaseRecorded and on the coupons.");
        api.MapGet("/", ListPurchases).RequireAuthorization(Policies.StaffOrMarketing)
            .WithSummary("Recorded purchases with their refunds, newest payment first, paged (page from 1, pageSize up "
                + "to 100); filters memberId, storeId, from..to (clinic dates, inclusive). A front-desk token sees "
                + "only its stores' purchases (403 naming storeId for another).");
        api.MapGet("/daily", Daily).RequireAuthorization(Policies.ReadKpis)
            .WithSummary("Per clinic day from..to (Asia/Shanghai, inclusive, at most 731 days; every day present): "
                + "purchases, revenue net of refunds, average order value and buyers, for the chain or one storeId; "
                + "formulas in docs/kpis.md.");
        api.MapGet("/{externalOrderId}", GetPurchase).WithSummary("A recorded purchase: members see only their own.");
        api.MapPost("/{externalOrderId}/refunds", RefundPurchase).RequireAuthorization(Policies.Staff)
            .WithSummary("Refund a purchase in full (no amount) or in part. Takes back the points it earned as far as "
                + "the balance allows; records any shortfall.");
        return app;
    }

    public static async Task<
            Results<Created<PurchaseResponse>, Ok<PurchaseResponse>, ValidationProblem, ProblemHttpResult>>
        RecordPurchase(
            PurchaseRecording recording, ClaimsPrincipal user, RecordPurchase record, CancellationToken cancellationToken) =>
        StoreScope.Refuses(user, recording.StoreId, "storeId") is { } refused ? refused
        : await record.HandleAsync(recording, cancellationToken) switch
        {
            RecordPurchaseOutcome.Recorded(var recorded) => TypedResults.Created(
                $"/api/purchases/{Uri.EscapeDataString(recorded.Purchase.ExternalOrderId)}",
                PurchaseResponse.From(recorded)),
            RecordPurchaseOutcome.Repeated(var recorded) => TypedResults.Ok(PurchaseResponse.From(recorded)),
            RecordPurchaseOutcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            RecordPurchaseOutcome.NoAccount => FieldProblem.Of(
                StatusCodes.Status404NotFound,
                "No points account for this member.",
                "memberId",
                "A member registered a moment ago gets an account within seconds; retry shortly."),
            _ => throw new UnreachableException(),
        };

    public static async Task<Results<Ok<PurchaseResponse>, NotFound, ForbidHttpResult>> GetPurchase(
        string externalOrderId, ClaimsPrincipal user, PointsDbContext db, CancellationToken cancellationToken)
    {
        var recorded = await RecordedPurchase.FindAsync(db, externalOrderId, cancellationToken);
        if (recorded is null)
        {
            return user.IsStaffOrAdmin() ? TypedResults.NotFound() : TypedResults.Forbid();
        }

        return user.MaySee(recorded.Purchase.MemberId)
            ? TypedResults.Ok(PurchaseResponse.From(recorded))
            : TypedResults.Forbid();
    }

    public static async Task<
            Results<Created<RefundResponse>, Ok<RefundResponse>, ValidationProblem, ProblemHttpResult>>
        RefundPurchase(
            string externalOrderId,
            RefundRequest request,
            RefundPurchase refundPurchase,
            CancellationToken cancellationToken) =>
        await refundPurchase.HandleAsync(externalOrderId, request.Amount, request.RequestId, cancellationToken) switch
        {
            RefundPurchaseOutcome.Refunded(var refund) => TypedResults.Created(
                $"/api/purchases/{Uri.EscapeDataString(externalOrderId)}/refunds/{refund.Id}",
                RefundResponse.From(refund)),
            RefundPurchaseOutcome.Repeated(var refund) => TypedResults.Ok(RefundResponse.From(refund)),
            RefundPurchaseOutcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            RefundPurchaseOutcome.NoPurchase => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "No purchase with this external order id."),
            RefundPurchaseOutcome.AlreadyFullyRefunded => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "This purchase is already fully refunded."),
            _ => throw new UnreachableException(),
        };

    public static async Task<Results<Ok<PurchaseHistoryPage>, ValidationProblem, ProblemHttpResult>> ListPurchases(
        Guid? memberId,
        string? storeId,
        DateOnly? from,
        DateOnly? to,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        PointsDbContext db,
        CancellationToken cancellationToken)
    {
        if (StoreScope.RefusesReading(user, storeId, "storeId") is { } refused)
        {
            return refused;
        }

        var paging = PageQuery.Read(page, pageSize, maxSize: 100, out var errors);
        DateRangeQuery.Check(from, to, MaxDays, required: false, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var purchases = db.Purchases.AsNoTracking();
        if (memberId is { } member)
        {
            purchases = purchases.Where(p => p.MemberId == member);
        }

        if (storeId is not null)
        {
            purchases = purchases.Where(p => p.StoreId == storeId);
        }
        else if (StoreScope.ReadableStores(user) is { } stores)
        {
            purchases = purchases.Where(p => stores.Contains(p.StoreId));
        }

        if (from is { } first)
        {
            var start = ClinicTime.StartOf(first);
            purchases = purchases.Where(p => p.PaidAt >= start);
        }

        if (to is { } last)
        {
            var end = ClinicTime.StartOf(last.AddDays(1));
            purchases = purchases.Where(p => p.PaidAt < end);
        }

        var total = await purchases.CountAsync(cancellationToken);
        var onPage = await purchases.OrderByDescending(p => p.PaidAt).ThenByDescending(p => p.Id)
            .Skip(paging.Offset).Take(paging.Size).ToListAsync(cancellationToken);
        var ids = onPage.Select(p => p.Id).ToList();
        var refunds = (await db.Refunds.AsNoTracking().Where(r => ids.Contains(r.PurchaseId))
            .ToListAsync(cancellationToken)).ToLookup(r => r.PurchaseId);
        return TypedResults.Ok(new PurchaseHistoryPage(paging.Page, paging.Size, total,
            onPage.Select(p => PurchaseHistoryItem.From(p, refunds[p.Id])).ToArray()));
    }

    public static async Task<Results<Ok<DailyPurchasesReport>, ValidationProblem, ProblemHttpResult>> Daily(
        DateOnly? from,
        DateOnly? to,
        string? storeId,
        ClaimsPrincipal user,
        PointsDbContext db,
        CancellationToken cancellationToken)
    {
        if (StoreScope.RefusesReading(user, storeId, "storeId") is { } refused)
        {
            return refused;
        }

        var errors = new Dictionary<string, string[]>();
        DateRangeQuery.Check(from, to, MaxDays, required: true, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var days = await db.DailyPurchasesAsync(from!.Value, to!.Value, storeId, cancellationToken);
        return TypedResults.Ok(
            new DailyPurchasesReport(from.Value, to.Value, storeId, days.Select(DailyPurchases.From).ToArray()));
    }

    /// <summary>Two years of clinic days (a leap year included): what a dashboard's range reaches back.</summary>
    private const int MaxDays = 731;
}
