using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Campaign;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.IntegrationEvents;

[Description("grants the bonus points asked for, once per request id")]
public sealed class PointsGrantRequestedConsumer(
    PointsDbContext db,
    GrantPoints grantPoints,
    TimeProvider timeProvider,
    ILogger<PointsGrantRequestedConsumer> logger)
    : IdempotentConsumer<PointsGrantRequested, PointsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsGrantRequested request, CancellationToken cancellationToken) =>
        grantPoints.HandleAsync(request, cancellationToken);
}
