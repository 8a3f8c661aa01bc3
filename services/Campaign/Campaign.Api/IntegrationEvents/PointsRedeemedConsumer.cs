using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Follows the member's points balance (BalanceAfter) for the points liability.</summary>
public sealed class PointsRedeemedConsumer(CampaignDbContext db, TimeProvider timeProvider, ILogger<PointsRedeemedConsumer> logger)
    : IdempotentConsumer<PointsRedeemed, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(PointsRedeemed points, CancellationToken cancellationToken) =>
        PointsBalances.ApplyAsync(DbContext, points.MemberId, points.BalanceAfter, points.OccurredAt, cancellationToken);
}
