using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Privacy;
using Loyalty.Identity.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// Erases what Identity keeps of a member: her login (the phone hash) is deleted and every token issued to her is
/// revoked, so she can neither ask for a code nor refresh. Runs in the consumer's inbox transaction; a second request
/// for an erased member changes nothing but answers again.
/// </summary>
public sealed class EraseMember(
    IdentityServiceDbContext db,
    IOpenIddictTokenManager tokens,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider)
{
    public async Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (!await db.IsErasedAsync(request.MemberId, cancellationToken))
        {
            await db.MemberLogins.Where(m => m.MemberId == request.MemberId).ExecuteDeleteAsync(cancellationToken);
            await tokens.RevokeBySubjectAsync(request.MemberId.ToString(), cancellationToken);
            await db.DeletePublishedEventsAboutAsync(request.MemberId, cancellationToken);
            db.Set<ErasedMember>().Add(
                new ErasedMember { MemberId = request.MemberId, RequestId = request.RequestId, ErasedAt = now });
        }

        outbox.Add(new MemberErased(request.RequestId, request.MemberId, ExportMemberData.Service, now)
        {
            OccurredAt = now,
        });
    }
}
