using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("keeps gender, birth date, interest tags and home store for rule segments")]
public sealed class MemberProfileUpdatedConsumer(
    SegmentationDbContext db,
    MemberRecompute recompute,
    TimeProvider timeProvider,
    ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberProfileUpdated updated, CancellationToken cancellationToken) =>
        recompute.ChangeAsync(
            updated.MemberId,
            m => m.UpdateProfile(
                updated.Gender, updated.BirthDate, updated.InterestTags, updated.HomeStoreId, updated.OccurredAt),
            cancellationToken);
}
