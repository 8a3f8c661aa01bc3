using System.Security.Claims;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Campaign;
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
                user.MemberId() is { } own ? ListAsync(own, db, time, ct) : Task.FromResult<Ok<List<CouponResponse>>>(TypedResults.Ok(new List<CouponResponse>())))
            .WithSummary("The calling member's coupons, newest first.");
        api.MapGet("/members/{memberId:guid}", ForMember).WithSummary("A member's coupons, newest first: members see only their own.");
        api.MapPost("/", Issue).RequireAuthorization(Policies.Staff).WithSummary("Staff issue a coupon to a member (per-member limit applies; requestId makes a retry issue once).");
        api.MapPost("/validate", Validate).RequireAuthorization(Policies.Staff).WithSummary("What a coupon gives on a basket, or why it cannot be used; changes nothing.");
        api.MapPost("/redeem", Redeem).RequireAuthorization(Policies.Staff)
            .WithSummary("Redeem a coupon against an order: single use, idempotent by externalOrderId (the same order gets the same answer), 409 with the reason when refused.");
        return app;
    }

    public static async Task<Results<Ok<List<CouponResponse>>, ForbidHttpResult>> ForMember(Guid memberId, ClaimsPrincipal user, CampaignDbContext db, TimeProvider time, CancellationToken ct) =>
        user.MaySee(memberId) ? await ListAsync(memberId, db, time, ct) : TypedResults.Forbid();

    private static async Task<Ok<List<CouponResponse>>> ListAsync(Guid memberId, CampaignDbContext db, TimeProvider time, CancellationToken ct)
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
                              PurchaseId = db.Purchases.Where(p => p.MemberId == c.MemberId && p.ExternalOrderId == c.RedeemedOrderId)
                                  .Select(p => (Guid?)p.PurchaseId).FirstOrDefault(),
                          }).Take(500).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => CouponResponse.From(r.c, r.t, now, r.PurchaseId)).ToList());
    }

    public static async Task<Results<Created<CouponResponse>, Ok<CouponResponse>, ValidationProblem, ProblemHttpResult>> Issue(
        IssueCouponRequest request, CampaignDbContext db, CouponIssuer issuer, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (request.TemplateId is not { } templateId || request.MemberId is not { } memberId || memberId == Guid.Empty)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [request.TemplateId is null ? "templateId" : "memberId"] = ["templateId and memberId are required."] });
        }

        var sourceRef = $"staff:{request.RequestId ?? Guid.NewGuid()}";
        if (request.RequestId is not null && await ExistingAsync(db, sourceRef, timeProvider, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(earlier);
        }

        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The template row lock serialises issues of one template, so the per-member limit holds under concurrency.
        var template = await db.CouponTemplates.FromSql($"""SELECT * FROM coupon_templates WHERE "Id" = {templateId} FOR UPDATE""").AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (template is null)
        {
            return Problem(StatusCodes.Status404NotFound, "No such coupon template.", "templateId", null);
        }

        if (template.PerMemberLimit is { } limit && await db.Coupons.CountAsync(c => c.TemplateId == templateId && c.MemberId == memberId, cancellationToken) >= limit)
        {
            return Problem(StatusCodes.Status409Conflict, $"The member already holds {limit} coupon(s) of this template, the most allowed.", "memberId", "limit-reached");
        }

        var until = template.ValidityFor(now).Until;
        if (until <= now)
        {
            return Problem(StatusCodes.Status409Conflict, "This template's validity has ended.", "templateId", CouponRefusal.Expired);
        }

        var coupon = issuer.Issue(template, memberId, CouponSource.Staff, sourceRef, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(CouponConfiguration.SourceRefIndex))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return TypedResults.Ok((await ExistingAsync(db, sourceRef, timeProvider, cancellationToken))!);
        }

        return TypedResults.Created($"/api/coupons/members/{memberId}", CouponResponse.From(coupon, template, now));
    }

    public static async Task<Results<Ok<CouponCheckResponse>, ValidationProblem>> Validate(
        CheckoutRequest request, CampaignDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var errors = request.Validate(redeeming: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var code = CouponCodes.Normalize(request.Code);
        var found = await (from c in db.Coupons.AsNoTracking() join t in db.CouponTemplates.AsNoTracking() on c.TemplateId equals t.Id where c.Code == code select new { c, t })
            .SingleOrDefaultAsync(cancellationToken);
        var check = found is null ? CouponCheck.Refused(CouponRefusal.NotFound, "No coupon has this code.")
            : request.MemberId is { } memberId && memberId != found.c.MemberId ? CouponCheck.Refused(CouponRefusal.NotYours, "This coupon belongs to another member.")
            : CouponRules.Check(found.c, found.t, request.ToBasket(), timeProvider.GetUtcNow());
        return TypedResults.Ok(new CouponCheckResponse(found?.c.Id, check.Usable, check.Discount, check.Reason, check.Message, null));
    }

    public static async Task<Results<Ok<CouponCheckResponse>, ValidationProblem, ProblemHttpResult>> Redeem(
        RedeemCouponRequest redemption, CampaignDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var request = redemption.ToCheckout();
        var errors = request.Validate(redeeming: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var code = CouponCodes.Normalize(request.Code);
        var orderId = request.ExternalOrderId!.Trim();
        var now = timeProvider.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The coupon row lock: concurrent attempts queue; the first redeems, the others then see it used (or, same order, the same answer).
        var coupon = await db.Coupons.FromSql($"""SELECT * FROM coupons WHERE "Code" = {code} FOR UPDATE""").SingleOrDefaultAsync(cancellationToken);
        if (coupon is null)
        {
            return Problem(StatusCodes.Status404NotFound, "No coupon has this code.", "code", CouponRefusal.NotFound);
        }

        if (coupon.Status == CouponStatus.Redeemed && coupon.RedeemedOrderId == orderId)
        {
            return TypedResults.Ok(new CouponCheckResponse(coupon.Id, true, coupon.DiscountAmount ?? 0m, null, "Already redeemed for this order.", orderId));
        }

        if (request.MemberId is { } memberId && memberId != coupon.MemberId)
        {
            return Problem(StatusCodes.Status409Conflict, "This coupon belongs to another member.", "memberId", CouponRefusal.NotYours);
        }

        var template = await db.CouponTemplates.AsNoTracking().SingleAsync(t => t.Id == coupon.TemplateId, cancellationToken);
        var check = CouponRules.Check(coupon, template, request.ToBasket(), now);
        if (!check.Usable)
        {
            return Problem(StatusCodes.Status409Conflict, check.Message, "code", check.Reason);
        }

        (coupon.Status, coupon.RedeemedAt, coupon.RedeemedOrderId, coupon.RedeemedStoreId, coupon.DiscountAmount) =
            (CouponStatus.Redeemed, now, orderId, request.StoreId!.Trim(), check.Discount);
        outbox.Add(new CouponRedeemed(coupon.Id, coupon.MemberId, coupon.CampaignId, orderId, coupon.RedeemedStoreId, check.Discount) { OccurredAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new CouponCheckResponse(coupon.Id, true, check.Discount, null, check.Message, orderId));
    }

    private static async Task<CouponResponse?> ExistingAsync(CampaignDbContext db, string sourceRef, TimeProvider time, CancellationToken ct)
    {
        var found = await (from c in db.Coupons.AsNoTracking() join t in db.CouponTemplates.AsNoTracking() on c.TemplateId equals t.Id where c.SourceRef == sourceRef select new { c, t })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : CouponResponse.From(found.c, found.t, time.GetUtcNow());
    }

    private static ProblemHttpResult Problem(int status, string title, string field, string? reason) =>
        TypedResults.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["field"] = field, ["reason"] = reason });
}
