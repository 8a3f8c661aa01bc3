using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// An admin confirms an erasure request with a reason: Members erases its own data in the same transaction and asks
/// every other service to erase theirs (<see cref="EraseMember"/>). Audited.
/// </summary>
public sealed class ConfirmErasure(
    MembersDbContext db, EraseMember erase, IAuditTrail audit, TimeProvider timeProvider)
{
    public const string AuditAction = "erasure confirmed";

    public async Task<DecisionOutcome> HandleAsync(
        Guid requestId, string decidedBy, string? reason, CancellationToken cancellationToken)
    {
        if (DecisionOutcome.ReasonErrors(reason) is { } invalid)
        {
            return invalid;
        }

        return await db.RunAsync<DecisionOutcome>(async ct =>
        {
            if (await db.LockRequestAsync(requestId, ct) is not ({ } request, { } member))
            {
                return new DecisionOutcome.NotFound();
            }

            if (request.RefusalToDecide() is { } refusal)
            {
                return new DecisionOutcome.Refused(refusal);
            }

            var now = timeProvider.GetUtcNow();
            request.Confirm(decidedBy, reason!.Trim(), now);
            await erase.HandleAsync(member, request, now, ct);
            audit.Record(request, AuditAction);
            return new DecisionOutcome.Decided(request);
        }, cancellationToken);
    }
}
