using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Identity.Api.Application;
using Loyalty.Identity.Api.Infrastructure;

namespace Loyalty.Identity.Api.IntegrationEvents;

[Description("follows a change of the member's phone for sign-in by code")]
public sealed class MemberProfileUpdatedConsumer(
    IdentityServiceDbContext db,
    KeepMemberLogin logins,
    TimeProvider timeProvider,
    ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, IdentityServiceDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberProfileUpdated updated, CancellationToken cancellationToken) =>
        logins.HandleAsync(updated.MemberId, updated.Phone, updated.OccurredAt, cancellationToken);
}
