using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Privacy;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Members' part of a confirmed erasure, in the confirming transaction under the member's row lock: the profile
/// names nobody (<see cref="Member.Erase"/>), stored export parts and published events about her go, and
/// MemberErasureRequested asks every other service to do the same. Consents stay (evidence, no personal data), as do
/// tier history and purchases (KPIs).
/// </summary>
public sealed class EraseMember(MembersDbContext db, IIntegrationEventOutbox outbox)
{
    public const string Service = "members";

    public async Task HandleAsync(Member member, DataRequest request, DateTimeOffset now, CancellationToken ct)
    {
        member.Erase(now);
        var requests = await db.DataRequests.Include(r => r.Services).Where(r => r.MemberId == member.Id)
            .ToListAsync(ct);
        foreach (var earlier in requests)
        {
            earlier.DeleteParts();
        }

        await db.DeletePublishedEventsAboutAsync(member.Id, ct);
        if (request.Expects(Service))
        {
            request.RecordErased(Service, now);
        }

        outbox.Add(new MemberErasureRequested(request.Id, member.Id, request.Ground!.Value, now) { OccurredAt = now });
    }
}
