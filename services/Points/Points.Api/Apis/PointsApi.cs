using System.Security.Claims;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Apis;

public static class PointsApi
{
    public static IEndpointRouteBuilder MapPointsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/points").WithTags("Points").RequireAuthorization(Policies.Authenticated);
        api.MapGet("/accounts/me", GetOwnAccount).WithSummary("The calling member's points account.");
        api.MapGet("/accounts/{memberId:guid}", GetAccount).WithSummary("A member's points account: members see only their own.");
        return app;
    }

    public static async Task<Results<Ok<PointsAccountResponse>, NotFound>> GetOwnAccount(ClaimsPrincipal user, PointsDbContext db, CancellationToken cancellationToken)
    {
        var memberId = user.MemberId();
        var account = memberId is null ? null : await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.MemberId == memberId, cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(PointsAccountResponse.From(account));
    }

    public static async Task<Results<Ok<PointsAccountResponse>, NotFound, ForbidHttpResult>> GetAccount(
        Guid memberId, ClaimsPrincipal user, PointsDbContext db, CancellationToken cancellationToken)
    {
        if (!user.MaySee(memberId))
        {
            return TypedResults.Forbid();
        }

        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.MemberId == memberId, cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(PointsAccountResponse.From(account));
    }
}
