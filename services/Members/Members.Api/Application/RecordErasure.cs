using Loyalty.Contracts.Privacy;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Records that one service has erased the member; when all have, the request is Erased. Runs in the consumer's
/// inbox transaction, under the member's row lock.
/// </summary>
public sealed class RecordErasure(MembersDbContext db)
{
    public abstract record Outcome
    {
        public sealed record Recorded(DataRequest Request) : Outcome;

        /// <summary>This service had answered already (a second erasure request for her is answered again).</summary>
        public sealed record AlreadyAnswered : Outcome;

        public sealed record Impossible(string Why) : Outcome;
    }

    public async Task<Outcome> HandleAsync(MemberErased erased, CancellationToken cancellationToken)
    {
        if (await db.LockRequestAsync(erased.RequestId, cancellationToken) is not ({ } request, _)
            || request.MemberId != erased.MemberId || request.Kind != DataRequestKind.Erasure)
        {
            return new Outcome.Impossible("requestId is not an erasure request of memberId");
        }

        if (!request.Expects(erased.Service))
        {
            return new Outcome.Impossible("service is not one that answers data requests");
        }

        return request.RecordErased(erased.Service, erased.ErasedAt)
            ? new Outcome.Recorded(request)
            : new Outcome.AlreadyAnswered();
    }
}
