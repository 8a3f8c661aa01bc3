using Loyalty.Campaign.Api.Domain;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Apis;

public static class CouponTemplatesApi
{
    public static IEndpointRouteBuilder MapCouponTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/coupons/templates").WithTags("Coupon templates").RequireAuthorization(Policies.Staff);
        api.MapGet("/", async (CampaignDbContext db, CancellationToken ct) => TypedResults.Ok(await db.CouponTemplates.AsNoTracking().OrderBy(t => t.CreatedAt).ToListAsync(ct)))
            .WithSummary("The coupon templates.");
        api.MapGet("/{id:guid}", async Task<Results<Ok<CouponTemplate>, NotFound>> (Guid id, CampaignDbContext db, CancellationToken ct) =>
                await db.CouponTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound())
            .WithSummary("One coupon template.");
        api.MapPost("/", Create).RequireAuthorization(Policies.Admin)
            .WithSummary("Create a template: amount off above a threshold, percent off with a cap, or a free item; fixed dates or N days from issue; per-member limit; stores and categories.");
        return app;
    }

    public static async Task<Results<Created<CouponTemplate>, ValidationProblem>> Create(CouponTemplate template, CampaignDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var errors = template.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = timeProvider.GetUtcNow();
        var stored = new CouponTemplate
        {
            Id = Guid.CreateVersion7(now), Name = template.Name.Trim(), Kind = template.Kind, Value = template.Value, Threshold = template.Threshold,
            MaxDiscount = template.Kind == CouponKind.PercentOff ? template.MaxDiscount : null, GiftName = template.GiftName?.Trim(),
            ValidFrom = template.ValidFrom?.ToUniversalTime(), ValidUntil = template.ValidUntil?.ToUniversalTime(), ValidDays = template.ValidDays,
            PerMemberLimit = template.PerMemberLimit, StoreIds = template.StoreIds.Select(s => s.Trim()).Distinct().ToList(),
            Categories = template.Categories.Select(s => s.Trim()).Distinct().ToList(), CreatedAt = now,
        };
        db.CouponTemplates.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/coupons/templates/{stored.Id}", stored);
    }
}
