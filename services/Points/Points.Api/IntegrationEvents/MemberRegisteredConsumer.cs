using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.IntegrationEvents;

[Description("opens the member's points account with the tier and birth date earning needs")]
public sealed class MemberRegisteredConsumer(
    PointsDbContext db, OpenAccount openAccount, TimeProvider timeProvider, ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, PointsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberRegistered integrationEvent, CancellationToken cancellationToken) =>
        openAccount.HandleAsync(integrationEvent, cancellationToken);
}
