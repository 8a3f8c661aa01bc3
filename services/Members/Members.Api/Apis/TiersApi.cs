using System.Security.Claims;
using Loyalty.Contracts;
using Loyalty.Members.Api.Domain;
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
        api.MapGet("/{id:guid}/tier-history", GetTierHistory).WithSummary("A member's tier changes, newest first: members see only their own.");
        api.MapGet("/tier-thresholds", async (MembersDbContext db, CancellationToken ct) => TypedResults.Ok(await ThresholdsAsync(db, ct)))
            .WithSummary("Rolling 12-month spend (CNY) from which each tier applies.");
        api.MapPut("/tier-thresholds", UpdateThresholds).RequireAuthorization(Policies.Admin)
            .WithSummary("Change the thresholds; they apply from the next purchase (upgrades) and the next anniversary (downgrades).");
        return app;
    }

    public static async Task<Results<Ok<TierChangeResponse[]>, ForbidHttpResult>> GetTierHistory(
        Guid id, ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        if (!user.MaySee(id))
        {
            return TypedResults.Forbid();
        }

        var history = await db.TierHistory.AsNoTracking().Where(c => c.MemberId == id).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(history.Select(TierChangeResponse.From).ToArray());
    }

    public static async Task<Results<Ok<List<TierThresholdResponse>>, ValidationProblem>> UpdateThresholds(
        List<TierThresholdRequest> request, MembersDbContext db, CancellationToken cancellationToken)
    {
        var missing = request
            .Select((t, i) => (Index: i, Field: t?.Tier is null ? "tier" : t.MinRollingSpend is null ? "minRollingSpend" : null))
            .FirstOrDefault(m => m.Field is not null);
        if (missing.Field is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [$"[{missing.Index}].{missing.Field}"] = ["Each threshold gives its tier and minRollingSpend."],
            });
        }

        var thresholds = request.Select(t => new TierThreshold { Tier = t.Tier!.Value, MinRollingSpend = t.MinRollingSpend!.Value }).ToList();
        var byTier = thresholds.GroupBy(t => t.Tier).ToDictionary(g => g.Key, g => g.Last().MinRollingSpend);
        var ordered = Enum.GetValues<Tier>().Select(t => byTier.GetValueOrDefault(t, -1m)).ToArray();
        if (ordered.Any(v => v < 0) || ordered[0] != 0m || ordered.Zip(ordered.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["thresholds"] = ["Give every tier once: Standard at 0, then Silver, Gold and Diamond at strictly increasing spend."],
            });
        }

        foreach (var stored in await db.TierThresholds.ToListAsync(cancellationToken))
        {
            stored.MinRollingSpend = byTier[stored.Tier];
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ThresholdsAsync(db, cancellationToken));
    }

    private static async Task<List<TierThresholdResponse>> ThresholdsAsync(MembersDbContext db, CancellationToken cancellationToken) =>
        (await db.TierThresholds.AsNoTracking().OrderBy(t => t.MinRollingSpend).ToListAsync(cancellationToken))
            .Select(TierThresholdResponse.From).ToList();
}
