using System.Diagnostics;
using System.Security.Claims;
using Loyalty.Points.Api.Application;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Points.Api.Apis;

public static class RedemptionsApi
{
    public static IEndpointRouteBuilder MapRedemptionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/points/redemptions").WithTags("Redemptions").RequireAuthorization(Policies.Authenticated)
            .MapPost("/", Redeem)
            .WithSummary("Spend points on a catalog item. 409 when the points or the stock do not suffice; the "
                + "balance never goes negative.");
        return app;
    }

    public static async Task<Results<
            Created<RedemptionResponse>,
            Ok<RedemptionResponse>,
            ValidationProblem,
            ProblemHttpResult,
            ForbidHttpResult>>
        Redeem(RedeemRequest request, ClaimsPrincipal user, RedeemPoints redeem, CancellationToken cancellationToken)
    {
        var memberId = request.MemberId ?? user.MemberId();
        if (request.CatalogItemId is not { } itemId || memberId is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [request.CatalogItemId is null ? "catalogItemId" : "memberId"] =
                    ["catalogItemId is required; memberId too, unless a member redeems for themselves."],
            });
        }

        if (!user.IsStaffOrAdmin() && user.MemberId() != memberId)
        {
            return TypedResults.Forbid();
        }

        return await redeem.HandleAsync(memberId.Value, itemId, request.RequestId, cancellationToken) switch
        {
            RedeemPointsOutcome.Redeemed(var redemption) => TypedResults.Created(
                $"/api/points/redemptions/{redemption.Id}", RedemptionResponse.From(redemption)),
            RedeemPointsOutcome.Repeated(var redemption) => TypedResults.Ok(RedemptionResponse.From(redemption)),
            RedeemPointsOutcome.NoAccount => FieldProblem.Of(
                StatusCodes.Status404NotFound, "No points account for this member.", "memberId"),
            RedeemPointsOutcome.NoSuchItem => FieldProblem.Of(
                StatusCodes.Status404NotFound, "No such catalog item.", "catalogItemId"),
            RedeemPointsOutcome.OutOfStock => FieldProblem.Of(
                StatusCodes.Status409Conflict, "This item is out of stock.", "catalogItemId"),
            RedeemPointsOutcome.NotEnoughPoints(var cost, var balance) => FieldProblem.Of(
                StatusCodes.Status409Conflict,
                $"Not enough points: the item costs {cost}, the balance is {balance}.",
                "catalogItemId"),
            _ => throw new UnreachableException(),
        };
    }
}
