using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>
/// The latest change wins, whatever the arrival order; the multiplier applies from the next purchase.
/// </summary>
[Description("keeps the account's copy of the member's tier for the earning multiplier")]
public sealed class MemberTierChangedConsumer(
    PointsDbContext db, TimeProvider timeProvider, ILogger<MemberTierChangedConsumer> logger)
    : IdempotentConsumer<MemberTierChanged, PointsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(
        MemberTierChanged integrationEvent, CancellationToken cancellationToken) =>
        (await AccountNotOpenedYetException.AccountForAsync(
            DbContext, integrationEvent.MemberId, nameof(MemberTierChanged), cancellationToken))
        .ChangeTier(integrationEvent.ToTier, integrationEvent.OccurredAt);
}
