using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>
/// The latest profile wins, whatever the arrival order; the birthday-month rule follows a corrected date.
/// </summary>
[Description("keeps the account's copy of the member's birth date for the birthday-month rule")]
public sealed class MemberProfileUpdatedConsumer(
    PointsDbContext db,
    FollowMemberProfile followMemberProfile,
    TimeProvider timeProvider,
    ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, PointsDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberProfileUpdated integrationEvent, CancellationToken cancellationToken) =>
        followMemberProfile.HandleAsync(integrationEvent, cancellationToken);
}
