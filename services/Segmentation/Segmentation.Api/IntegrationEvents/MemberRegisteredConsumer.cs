using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Services;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

/// <summary>Completes the member row (or a placeholder an earlier event created) with the profile rule segments use, interest tags included.</summary>
public sealed class MemberRegisteredConsumer(SegmentationDbContext db, MemberRecompute recompute, TimeProvider timeProvider, ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberRegistered integrationEvent, CancellationToken cancellationToken)
    {
        var member = await recompute.LockMemberAsync(integrationEvent.MemberId, cancellationToken);
        member.Register(
            integrationEvent.Gender, integrationEvent.BirthDate, integrationEvent.InterestTags, integrationEvent.HomeStoreId,
            integrationEvent.Tier, integrationEvent.RegisteredAt, integrationEvent.OccurredAt);
        await recompute.SyncMembershipsAsync(member, cancellationToken);
    }
}
