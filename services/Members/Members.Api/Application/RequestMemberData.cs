using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts.Privacy;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// A member (or staff on her behalf) asks for her data or its erasure; one open request per kind. An export gets
/// Members' part at once and MemberDataExportRequested asks the other services for theirs; an erasure waits for staff
/// to confirm it. Staff asking is audited.
/// </summary>
public sealed class RequestMemberData(
    MembersDbContext db,
    ExportMemberData export,
    IIntegrationEventOutbox outbox,
    IAuditTrail audit,
    TimeProvider timeProvider,
    IOptions<PrivacyOptions> options)
{
    public const int MaxReasonLength = 500;

    public abstract record Outcome
    {
        public sealed record Requested(DataRequest Request) : Outcome;

        public sealed record AlreadyOpen(DataRequest Open) : Outcome;

        public sealed record Erased : Outcome;

        public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;

        public sealed record NotFound : Outcome;
    }

    /// <param name="requestedBy"><see cref="DataRequest.ByTheMember"/> or the staff user's id.</param>
    public async Task<Outcome> HandleAsync(
        Guid memberId, DataRequestKind kind, string requestedBy, string? reason, CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > MaxReasonLength)
        {
            return new Outcome.Invalid(new() { ["reason"] = [$"Reason is at most {MaxReasonLength} characters."] });
        }

        return await db.RunAsync<Outcome>(async ct =>
        {
            // Her row is the lock: two requests at once cannot both find no open one.
            if (await db.LockMemberAsync(memberId, ct) is not { } member)
            {
                return new Outcome.NotFound();
            }

            if (member.IsErased)
            {
                return new Outcome.Erased();
            }

            var requests = await db.DataRequests.Include(r => r.Services).Where(r => r.MemberId == memberId)
                .OrderByDescending(r => r.RequestedAt).ToListAsync(ct);
            if (requests.FirstOrDefault(r => r.Kind == kind && r.IsOpen) is { } open)
            {
                return new Outcome.AlreadyOpen(open);
            }

            var now = timeProvider.GetUtcNow();
            var settings = options.Value;
            var request = DataRequest.Open(memberId, kind, requestedBy, reason, settings.AnsweringServices, now);
            db.DataRequests.Add(request);
            if (kind == DataRequestKind.Export)
            {
                if (request.Expects(EraseMember.Service))
                {
                    var part = await export.PartOfAsync(member, [request, .. requests], ct);
                    request.AddPart(EraseMember.Service, part, now, settings.ArchiveValidFor);
                }

                outbox.Add(new MemberDataExportRequested(request.Id, memberId, now) { OccurredAt = now });
            }

            if (requestedBy != DataRequest.ByTheMember)
            {
                audit.Record(request, AuditActions.Created);
            }

            return new Outcome.Requested(request);
        }, cancellationToken);
    }
}
