using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("keeps the member's tier for rule segments")]
public sealed class MemberTierChangedConsumer(
    SegmentationDbContext db,
    MemberRecompute recompute,
    TimeProvider timeProvider,
    ILogger<MemberTierChangedConsumer> logger)
    : IdempotentConsumer<MemberTierChanged, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberTierChanged changed, CancellationToken cancellationToken) =>
        recompute.ChangeAsync(
            changed.MemberId, m => m.ChangeTier(changed.ToTier, changed.OccurredAt), cancellationToken);
}
