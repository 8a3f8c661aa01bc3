using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Services;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

/// <summary>The tier for rule segments; the latest change by OccurredAt wins.</summary>
public sealed class MemberTierChangedConsumer(SegmentationDbContext db, MemberRecompute recompute, TimeProvider timeProvider, ILogger<MemberTierChangedConsumer> logger)
    : IdempotentConsumer<MemberTierChanged, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberTierChanged integrationEvent, CancellationToken cancellationToken)
    {
        var member = await recompute.LockMemberAsync(integrationEvent.MemberId, cancellationToken);
        member.ChangeTier(integrationEvent.ToTier, integrationEvent.OccurredAt);
        await recompute.SyncMembershipsAsync(member, cancellationToken);
    }
}
