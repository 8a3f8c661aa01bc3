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
        api.MapGet("/tier-thresholds", async (MembersDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await db.TierThresholds.AsNoTracking().OrderBy(t => t.MinRollingSpend).ToListAsync(ct)))
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

    public static async Task<Results<Ok<List<TierThreshold>>, ValidationProblem>> UpdateThresholds(
        List<TierThreshold> thresholds, MembersDbContext db, CancellationToken cancellationToken)
    {
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
        return TypedResults.Ok(await db.TierThresholds.AsNoTracking().OrderBy(t => t.MinRollingSpend).ToListAsync(cancellationToken));
    }
}
