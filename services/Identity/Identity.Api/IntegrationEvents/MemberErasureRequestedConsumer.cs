using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Identity.Api.Application;
using Loyalty.Identity.Api.Infrastructure;

namespace Loyalty.Identity.Api.IntegrationEvents;

[Description("deletes her login (phone hash) and revokes her tokens, then answers MemberErased")]
public sealed class MemberErasureRequestedConsumer(
    IdentityServiceDbContext db,
    EraseMember erase,
    TimeProvider timeProvider,
    ILogger<MemberErasureRequestedConsumer> logger)
    : IdempotentConsumer<MemberErasureRequested, IdentityServiceDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken) =>
        erase.HandleAsync(request, cancellationToken);
}
