using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Points.Api.Domain.Earning;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>How changing the earning policy ended.</summary>
public abstract record ChangeEarningPolicyOutcome
{
    private ChangeEarningPolicyOutcome()
    {
    }

    public sealed record Changed(EarningPolicy Policy) : ChangeEarningPolicyOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : ChangeEarningPolicyOutcome;
}

/// <summary>An admin replaces the earning rules; they apply to purchases and actions recorded from now on.</summary>
public sealed class ChangeEarningPolicy(PointsDbContext db, IAuditTrail audit)
{
    public async Task<ChangeEarningPolicyOutcome> HandleAsync(
        EarningPolicy changed, CancellationToken cancellationToken)
    {
        if (changed.Validate() is { Count: > 0 } errors)
        {
            return new ChangeEarningPolicyOutcome.Invalid(errors);
        }

        var policy = await db.EarningPolicies.SingleAsync(cancellationToken);
        // The one row is replaced whole: every rule takes the changed value.
        db.Entry(policy).CurrentValues.SetValues(changed);
        audit.Record(policy, AuditActions.Changed);
        await db.SaveChangesAsync(cancellationToken);
        return new ChangeEarningPolicyOutcome.Changed(policy);
    }
}
