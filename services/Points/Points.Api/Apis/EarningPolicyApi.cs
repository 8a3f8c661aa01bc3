using System.Diagnostics;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Apis;

public static class EarningPolicyApi
{
    public static IEndpointRouteBuilder MapEarningPolicyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/points/earning-policy").WithTags("Earning policy")
            .RequireAuthorization(Policies.Staff);
        api.MapGet("/", GetPolicy)
            .WithSummary("The earning rules in force (see EarningPolicy for the order they apply in).");
        api.MapPut("/", UpdatePolicy).RequireAuthorization(Policies.Admin)
            .WithSummary("Change the earning rules; applies to purchases and actions recorded from now on.");
        return app;
    }

    public static async Task<Ok<EarningPolicyResponse>> GetPolicy(
        PointsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(EarningPolicyResponse.From(
            await db.EarningPolicies.AsNoTracking().SingleAsync(cancellationToken)));

    public static async Task<Results<Ok<EarningPolicyResponse>, ValidationProblem>> UpdatePolicy(
        EarningPolicyRequest request, ChangeEarningPolicy changeEarningPolicy, CancellationToken cancellationToken) =>
        await changeEarningPolicy.HandleAsync(request.ToPolicy(), cancellationToken) switch
        {
            ChangeEarningPolicyOutcome.Changed(var policy) => TypedResults.Ok(EarningPolicyResponse.From(policy)),
            ChangeEarningPolicyOutcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            _ => throw new UnreachableException(),
        };
}
