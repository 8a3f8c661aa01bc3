using System.Diagnostics;
using Loyalty.Points.Api.Application;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Points.Api.Apis;

public static class AdjustmentsApi
{
    public static IEndpointRouteBuilder MapAdjustmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/points/adjustments").WithTags("Adjustments").RequireAuthorization(Policies.Admin)
            .MapPost("/", Adjust)
            .WithSummary("Grant (positive) or deduct (negative) points for up to 1,000 members with a reason. Each "
                + "member is applied on its own; a deduction never overdraws.");
        return app;
    }

    public static async Task<Results<Ok<AdjustmentResult[]>, ValidationProblem>> Adjust(
        AdjustmentRequest request, AdjustPoints adjustPoints, CancellationToken cancellationToken) =>
        await adjustPoints.HandleAsync(request.MemberIds, request.Points, request.Reason?.Trim(), cancellationToken)
            switch
            {
                AdjustPointsOutcome.Adjusted(var members) => TypedResults.Ok(members
                    .Select(m => new AdjustmentResult(m.MemberId, m.Outcome.ToString(), m.BalanceAfter)).ToArray()),
                AdjustPointsOutcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
                _ => throw new UnreachableException(),
            };
}
