using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.IntegrationEvents;

[Description("completes the member's row (or an earlier event's placeholder) with the profile rule segments use")]
public sealed class MemberRegisteredConsumer(
    SegmentationDbContext db,
    MemberRecompute recompute,
    TimeProvider timeProvider,
    ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, SegmentationDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberRegistered registered, CancellationToken cancellationToken) =>
        recompute.ChangeAsync(
            registered.MemberId,
            m => m.Register(
                registered.Gender, registered.BirthDate, registered.InterestTags, registered.HomeStoreId,
                registered.Tier, registered.RegisteredAt, registered.OccurredAt),
            cancellationToken);
}
