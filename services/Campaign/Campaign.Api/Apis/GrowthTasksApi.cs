using System.Security.Claims;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Apis;

public static class GrowthTasksApi
{
    public static IEndpointRouteBuilder MapGrowthTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(
            "/api/campaigns/tasks").WithTags("Growth tasks").RequireAuthorization(Policies.Authenticated);
        api.MapGet("/me", (ClaimsPrincipal user, CampaignDbContext db, TimeProvider time, CancellationToken ct) =>
                user.MemberId() is { } own
                    ? ListAsync(own, db, time, ct)
                    : Task.FromResult(TypedResults.Ok(new List<GrowthTaskResponse>())))
            .WithSummary("The calling member's growth tasks with their progress, newest first.");
        api.MapGet("/members/{memberId:guid}", ForMember)
            .WithSummary("A member's growth tasks with their progress: members see only their own.");
        return app;
    }

    public static async Task<Results<Ok<List<GrowthTaskResponse>>, ForbidHttpResult>> ForMember(
        Guid memberId, ClaimsPrincipal user, CampaignDbContext db, TimeProvider time, CancellationToken ct) =>
        user.MaySee(memberId) ? await ListAsync(memberId, db, time, ct) : TypedResults.Forbid();

    private static async Task<Ok<List<GrowthTaskResponse>>> ListAsync(
        Guid memberId, CampaignDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var tasks = await db.GrowthTasks.AsNoTracking().Where(t => t.MemberId == memberId)
            .OrderByDescending(t => t.StartedAt).Take(200).ToListAsync(ct);
        return TypedResults.Ok(tasks.Select(t => GrowthTaskResponse.From(t, now)).ToList());
    }
}
