using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Identity.Api.Application;
using Loyalty.Identity.Api.Infrastructure;

namespace Loyalty.Identity.Api.IntegrationEvents;

[Description("keeps the member's phone (hashed) so she can sign in with a one-time code")]
public sealed class MemberRegisteredConsumer(
    IdentityServiceDbContext db,
    KeepMemberLogin logins,
    TimeProvider timeProvider,
    ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, IdentityServiceDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberRegistered registered, CancellationToken cancellationToken) =>
        logins.HandleAsync(registered.MemberId, registered.Phone, registered.RegisteredAt, cancellationToken);
}
