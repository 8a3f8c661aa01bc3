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
        var erasedAt = await db.EraseOnceAsync(request, now, async ct =>
        {
            await db.MemberLogins.Where(m => m.MemberId == request.MemberId).ExecuteDeleteAsync(ct);
            await tokens.RevokeBySubjectAsync(request.MemberId.ToString(), ct);
        }, cancellationToken);

        outbox.Add(new MemberErased(request.RequestId, request.MemberId, ExportMemberData.Service, erasedAt)
        {
            OccurredAt = now,
        });
    }
}
