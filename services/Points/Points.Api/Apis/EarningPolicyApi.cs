using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Apis;

public static class EarningPolicyApi
{
    public static IEndpointRouteBuilder MapEarningPolicyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/points/earning-policy").WithTags("Earning policy").RequireAuthorization(Policies.Staff);
        api.MapGet("/", async (PointsDbContext db, CancellationToken ct) =>
                TypedResults.Ok(EarningPolicyResponse.From(await db.EarningPolicies.AsNoTracking().SingleAsync(ct))))
            .WithSummary("The earning rules in force (see EarningPolicy for the order they apply in).");
        api.MapPut("/", UpdatePolicy).RequireAuthorization(Policies.Admin).WithSummary("Change the earning rules; applies to purchases and actions recorded from now on.");
        return app;
    }

    public static async Task<Results<Ok<EarningPolicyResponse>, ValidationProblem>> UpdatePolicy(
        EarningPolicyRequest request, PointsDbContext db, CancellationToken cancellationToken)
    {
        var changed = request.ToPolicy();
        var errors = changed.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var policy = await db.EarningPolicies.SingleAsync(cancellationToken);
        policy.BaseRatePerCny = changed.BaseRatePerCny;
        policy.StandardMultiplier = changed.StandardMultiplier;
        policy.SilverMultiplier = changed.SilverMultiplier;
        policy.GoldMultiplier = changed.GoldMultiplier;
        policy.DiamondMultiplier = changed.DiamondMultiplier;
        policy.BirthdayMultiplier = changed.BirthdayMultiplier;
        policy.ReviewBonus = changed.ReviewBonus;
        policy.SocialShareBonus = changed.SocialShareBonus;
        policy.SocialShareMonthlyCap = changed.SocialShareMonthlyCap;
        policy.SurveyBonus = changed.SurveyBonus;
        policy.ReferralBonus = changed.ReferralBonus;
        policy.LotLifetimeMonths = changed.LotLifetimeMonths;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EarningPolicyResponse.From(policy));
    }
}
