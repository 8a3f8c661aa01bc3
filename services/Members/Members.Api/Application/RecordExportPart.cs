using Loyalty.Contracts.Privacy;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;
using Microsoft.Extensions.Options;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Keeps one service's part of an export, once per service; the last one makes the archive Ready. Runs in the
/// consumer's inbox transaction, under the member's row lock.
/// </summary>
public sealed class RecordExportPart(MembersDbContext db, IOptions<PrivacyOptions> options)
{
    public abstract record Outcome
    {
        public sealed record Recorded(DataRequest Request) : Outcome;

        /// <summary>This service had answered already (another event with the same part): the first one stays.</summary>
        public sealed record AlreadyAnswered : Outcome;

        /// <summary>No such export of this member, a service it does not wait for, or a part that is no object.</summary>
        public sealed record Impossible(string Why) : Outcome;
    }

    public async Task<Outcome> HandleAsync(MemberDataExportPartProduced produced, CancellationToken cancellationToken)
    {
        if (!DataArchive.IsJsonObject(produced.Part))
        {
            return new Outcome.Impossible("part is not a JSON object");
        }

        if (await db.LockRequestAsync(produced.RequestId, cancellationToken) is not ({ } request, _)
            || request.MemberId != produced.MemberId || request.Kind != DataRequestKind.Export)
        {
            return new Outcome.Impossible("requestId is not an export request of memberId");
        }

        if (!request.Expects(produced.Service))
        {
            return new Outcome.Impossible("service is not one that answers data requests");
        }

        return request.AddPart(produced.Service, produced.Part, produced.ProducedAt, options.Value.ArchiveValidFor)
            ? new Outcome.Recorded(request)
            : new Outcome.AlreadyAnswered();
    }
}
