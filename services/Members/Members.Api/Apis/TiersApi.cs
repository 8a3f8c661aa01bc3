using System.Diagnostics;
using System.Security.Claims;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Apis;

public static class TiersApi
{
    public static IEndpointRouteBuilder MapTiersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").WithTags("Tiers").RequireAuthorization(Policies.Authenticated);
        api.MapGet("/{id:guid}/tier-history", GetTierHistory)
            .WithSummary("A member's tier changes, newest first: members see only their own.");
        api.MapGet("/tier-thresholds", GetThresholds)
            .WithSummary("Rolling 12-month spend (CNY) from which each tier applies.");
        api.MapPut("/tier-thresholds", UpdateThresholds).RequireAuthorization(Policies.Admin)
            .WithSummary("Change the thresholds; they apply from the next purchase (upgrades) and the next anniversary "
                + "(downgrades).");
        return app;
    }

    public static async Task<Results<Ok<TierChangeResponse[]>, ForbidHttpResult>> GetTierHistory(
        Guid id, ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        if (!user.MaySee(id))
        {
            return TypedResults.Forbid();
        }

        var history = await db.TierHistory.AsNoTracking().Where(c => c.MemberId == id).OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(history.Select(TierChangeResponse.From).ToArray());
    }

    public static async Task<Ok<List<TierThresholdResponse>>> GetThresholds(
        MembersDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ThresholdsAsync(db, cancellationToken));

    public static async Task<Results<Ok<List<TierThresholdResponse>>, ValidationProblem>> UpdateThresholds(
        List<TierThresholdRequest> request,
        SetTierThresholds setThresholds,
        MembersDbContext db,
        CancellationToken cancellationToken) =>
        await setThresholds.HandleAsync([.. request.Select(t => (t?.Tier, t?.MinRollingSpend))], cancellationToken)
            switch
        {
            SetTierThresholds.Outcome.Set => TypedResults.Ok(await ThresholdsAsync(db, cancellationToken)),
            SetTierThresholds.Outcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };

    private static async Task<List<TierThresholdResponse>> ThresholdsAsync(
        MembersDbContext db, CancellationToken cancellationToken) =>
        (await db.TierThresholds.AsNoTracking().OrderBy(t => t.MinRollingSpend).ToListAsync(cancellationToken))
            .Select(TierThresholdResponse.From).ToList();
}
