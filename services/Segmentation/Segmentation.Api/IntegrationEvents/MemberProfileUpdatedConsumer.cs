using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Services;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

/// <summary>Gender, birth date (age), interest tags and home store for rule segments; an older update than the one kept is ignored.</summary>
public sealed class MemberProfileUpdatedConsumer(SegmentationDbContext db, MemberRecompute recompute, TimeProvider timeProvider, ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberProfileUpdated integrationEvent, CancellationToken cancellationToken)
    {
        var member = await recompute.LockMemberAsync(integrationEvent.MemberId, cancellationToken);
        member.UpdateProfile(integrationEvent.Gender, integrationEvent.BirthDate, integrationEvent.InterestTags, integrationEvent.HomeStoreId, integrationEvent.OccurredAt);
        await recompute.SyncMembershipsAsync(member, cancellationToken);
    }
}
