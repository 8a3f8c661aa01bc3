using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.IntegrationEvents;

[Description("gives the referrer the referral bonus, once per referee")]
public sealed class ReferralQualifiedConsumer(
    PointsDbContext db,
    RewardReferral rewardReferral,
    TimeProvider timeProvider,
    ILogger<ReferralQualifiedConsumer> logger)
    : IdempotentConsumer<ReferralQualified, PointsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(ReferralQualified referral, CancellationToken cancellationToken) =>
        rewardReferral.HandleAsync(referral, cancellationToken);
}
