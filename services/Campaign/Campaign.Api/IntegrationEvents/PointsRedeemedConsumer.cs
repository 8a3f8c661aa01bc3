using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Points;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Follows the member's points balance (BalanceAfter) for the points liability, and issues the coupon a member bought
/// with points (<see cref="IssuePurchasedCoupon"/>).
/// </summary>
[Description("follows the member's points balance and issues the coupon bought with points, once per redemption")]
public sealed class PointsRedeemedConsumer(
    CampaignDbContext db,
    FollowPointsBalance balances,
    IssuePurchasedCoupon coupons,
    TimeProvider timeProvider,
    ILogger<PointsRedeemedConsumer> logger)
    : IdempotentConsumer<PointsRedeemed, CampaignDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(PointsRedeemed points, CancellationToken cancellationToken)
    {
        await balances.HandleAsync(points.MemberId, points.BalanceAfter, points.OccurredAt, cancellationToken);
        await coupons.HandleAsync(points, cancellationToken);
    }
}
