using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Hands out an export's archive once: the stored parts are deleted as it goes; after Privacy:ArchiveValidHours it
/// is gone (and deleted) unread. An admin downloading on her behalf is audited.
/// </summary>
public sealed class DownloadArchive(MembersDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    public const string AuditAction = "archive downloaded";

    public abstract record Outcome
    {
        /// <summary>The archive's JSON (DataArchive).</summary>
        public sealed record Archive(string Json, DataRequest Request) : Outcome;

        public sealed record NotReady : Outcome;

        /// <summary>Downloaded already, or expired.</summary>
        public sealed record Gone(DataRequestStatus Status) : Outcome;

        public sealed record NotFound : Outcome;
    }

    /// <param name="memberId">The member downloading her own; null for an admin on her behalf.</param>
    public async Task<Outcome> HandleAsync(Guid requestId, Guid? memberId, CancellationToken cancellationToken) =>
        await db.RunAsync<Outcome>(async ct =>
        {
            if (await db.LockRequestAsync(requestId, ct) is not ({ } request, _)
                || request.Kind != DataRequestKind.Export
                || (memberId is not null && request.MemberId != memberId))
            {
                return new Outcome.NotFound();
            }

            var now = timeProvider.GetUtcNow();
            request.ExpireArchiveIfDue(now);
            switch (request.Status)
            {
                case DataRequestStatus.Collecting:
                    return new Outcome.NotReady();
                case not DataRequestStatus.Ready:
                    return new Outcome.Gone(request.Status);
            }

            var archive = DataArchive.Assemble(request.Id, request.MemberId, request.Download(now), now);
            if (memberId is null)
            {
                audit.Record(request, AuditAction);
            }

            return new Outcome.Archive(archive, request);
        }, cancellationToken);
}
