using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;

namespace Loyalty.Members.Api.Application;

/// <summary>An admin declines an erasure request with a reason (the law lets the chain keep what it must). Audited.</summary>
public sealed class DeclineErasure(MembersDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    public const string AuditAction = "erasure declined";

    public async Task<DecisionOutcome> HandleAsync(
        Guid requestId, string decidedBy, string? reason, CancellationToken cancellationToken)
    {
        if (DecisionOutcome.ReasonErrors(reason) is { } invalid)
        {
            return invalid;
        }

        return await db.RunAsync<DecisionOutcome>(async ct =>
        {
            if (await db.LockRequestAsync(requestId, ct) is not ({ } request, _))
            {
                return new DecisionOutcome.NotFound();
            }

            if (request.RefusalToDecide() is { } refusal)
            {
                return new DecisionOutcome.Refused(refusal);
            }

            request.Decline(decidedBy, reason!.Trim(), timeProvider.GetUtcNow());
            audit.Record(request, AuditAction);
            return new DecisionOutcome.Decided(request);
        }, cancellationToken);
    }
}
