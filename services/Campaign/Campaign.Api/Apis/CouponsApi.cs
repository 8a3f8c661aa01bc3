using System.Security.Claims;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Apis;

public static class CouponsApi
{
    public static IEndpointRouteBuilder MapCouponsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/coupons").WithTags("Coupons").RequireAuthorization(Policies.Authenticated);
        api.MapGet("/me", (ClaimsPrincipal user, CampaignDbContext db, TimeProvider time, CancellationToken ct) =>
                user.MemberId() is { } own
                    ? ListAsync(own, db, time, ct)
                    : Task.FromResult<Ok<List<CouponResponse>>>(TypedResults.Ok(new List<CouponResponse>())))
            .WithSummary("The calling member's coupons, newest first.");
        api.MapGet("/members/{memberId:guid}", ForMember)
            .WithSummary("A member's coupons, newest first: members see only their own.");
        api.MapPost("/", Issue).RequireAuthorization(Policies.Staff)
            .WithSummary(
                "Staff issue a coupon to a member (per-member limit applies; requestId makes a retry issue once).");
        api.MapPost("/validate", Validate).RequireAuthorization(Policies.Staff)
            .WithSummary("What a coupon gives on a basket, or why it cannot be used; changes nothing.");
        api.MapPost("/redeem", Redeem).RequireAuthorization(Policies.Staff)
            .WithSummary(
                "Redeem a coupon against an order: single use, idempotent by externalOrderId (the same order gets the "
                + "same answer), 409 with the reason when refused.");
        return app;
    }

    public static async Task<Results<Ok<List<CouponResponse>>, ForbidHttpResult>> ForMember(
        Guid memberId, ClaimsPrincipal user, CampaignDbContext db, TimeProvider time, CancellationToken ct) =>
        user.MaySee(memberId) ? await ListAsync(memberId, db, time, ct) : TypedResults.Forbid();

    private static async Task<Ok<List<CouponResponse>>> ListAsync(
        Guid memberId, CampaignDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var rows = await (from c in db.Coupons.AsNoTracking()
                          join t in db.CouponTemplates.AsNoTracking() on c.TemplateId equals t.Id
                          where c.MemberId == memberId
                          orderby c.IssuedAt descending
                          select new
                          {
                              c,
                              t,
                              PurchaseId = db.Purchases
                                  .Where(p => p.MemberId == c.MemberId && p.ExternalOrderId == c.RedeemedOrderId)
                                  .Select(p => (Guid?)p.PurchaseId).FirstOrDefault(),
                          }).Take(500).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => CouponResponse.From(r.c, r.t, now, r.PurchaseId)).ToList());
    }

    public static async Task<Results<Created<CouponResponse>, Ok<CouponResponse>, ValidationProblem, ProblemHttpResult>>
        Issue(IssueCouponRequest request, IssueCoupon issue, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.TemplateId is not { } templateId || request.MemberId is not { } memberId || memberId == Guid.Empty)
        {
            var field = request.TemplateId is null ? "templateId" : "memberId";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = ["templateId and memberId are required."] });
        }

        return await issue.HandleAsync(templateId, memberId, request.RequestId, cancellationToken) switch
        {
            IssueCouponOutcome.Issued issued => TypedResults.Created(
                $"/api/coupons/members/{memberId}",
                CouponResponse.From(issued.Coupon, issued.Template, time.GetUtcNow())),
            IssueCouponOutcome.Repeated repeated =>
                TypedResults.Ok(CouponResponse.From(repeated.Coupon, repeated.Template, time.GetUtcNow())),
            IssueCouponOutcome.TemplateNotFound =>
                Problem(StatusCodes.Status404NotFound, "No such coupon template.", "templateId", null),
            IssueCouponOutcome.LimitReached limit => Problem(
                StatusCodes.Status409Conflict,
                $"The member already holds {limit.Limit} coupon(s) of this template, the most allowed.",
                "memberId",
                "limit-reached"),
            IssueCouponOutcome.MemberErased => Problem(
                StatusCodes.Status409Conflict, "This member's data was erased; no coupon is issued to her.",
                "memberId", "member-erased"),
            IssueCouponOutcome.TemplateEnded => Problem(
                StatusCodes.Status409Conflict, "This template's validity has ended.", "templateId",
                CouponRefusal.Expired),
            var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
        };
    }

    public static async Task<Results<Ok<CouponCheckResponse>, ValidationProblem>> Validate(
        CheckoutRequest request, CheckCoupon check, CancellationToken cancellationToken)
    {
        var errors = request.Validate(redeeming: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (couponId, result) = await check.HandleAsync(
            request.Code!, request.MemberId, request.ToBasket(), cancellationToken);
        return TypedResults.Ok(
            new CouponCheckResponse(couponId, result.Usable, result.Discount, result.Reason, result.Message, null));
    }

    public static async Task<Results<Ok<CouponCheckResponse>, ValidationProblem, ProblemHttpResult>> Redeem(
        RedeemCouponRequest redemption, ClaimsPrincipal user, RedeemCoupon redeem, CancellationToken cancellationToken)
    {
        var request = redemption.ToCheckout();
        var errors = request.Validate(redeeming: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (StoreScope.Refuses(user, request.StoreId!.Trim(), "storeId") is { } notYourStore)
        {
            return notYourStore;
        }

        var orderId = request.ExternalOrderId!.Trim();
        var outcome = await redeem.HandleAsync(
            request.Code!, orderId, request.StoreId!.Trim(), request.MemberId, request.ToBasket(), cancellationToken);
        return outcome switch
        {
            RedeemCouponOutcome.Redeemed redeemed => TypedResults.Ok(new CouponCheckResponse(
                redeemed.Coupon.Id, true, redeemed.Check.Discount, null, redeemed.Check.Message, orderId)),
            RedeemCouponOutcome.AlreadyRedeemed earlier => TypedResults.Ok(new CouponCheckResponse(
                earlier.Coupon.Id, true, earlier.Coupon.DiscountAmount ?? 0m, null, "Already redeemed for this order.",
                orderId)),
            RedeemCouponOutcome.NotFound =>
                Problem(StatusCodes.Status404NotFound, "No coupon has this code.", "code", CouponRefusal.NotFound),
            RedeemCouponOutcome.NotYours => Problem(
                StatusCodes.Status409Conflict, "This coupon belongs to another member.", "memberId",
                CouponRefusal.NotYours),
            RedeemCouponOutcome.Refused refused =>
                Problem(StatusCodes.Status409Conflict, refused.Check.Message, "code", refused.Check.Reason),
            var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
        };
    }

    private static ProblemHttpResult Problem(int status, string title, string field, string? reason) =>
        TypedResults.Problem(
            statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["field"] = field, ["reason"] = reason });
}
