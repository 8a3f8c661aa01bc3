using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Follows the member's points balance (BalanceAfter) for the points liability.</summary>
[Description("follows the member's points balance for the points liability")]
public sealed class PointsExpiredConsumer(
    CampaignDbContext db, FollowPointsBalance balances, TimeProvider timeProvider,
    ILogger<PointsExpiredConsumer> logger)
    : IdempotentConsumer<PointsExpired, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsExpired points, CancellationToken cancellationToken) =>
        balances.HandleAsync(points.MemberId, points.BalanceAfter, points.OccurredAt, cancellationToken);
}
