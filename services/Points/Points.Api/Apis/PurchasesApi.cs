using System.Diagnostics;
using System.Security.Claims;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Domain.Purchases;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

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
}
