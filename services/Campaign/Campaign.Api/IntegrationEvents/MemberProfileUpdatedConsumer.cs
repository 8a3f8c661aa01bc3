using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Members;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Follows a member's home store and birth month; an update that overtakes the registration is retried until the member
/// is known.
/// </summary>
[Description("follows the member's home store and birth month")]
public sealed class MemberProfileUpdatedConsumer(
    CampaignDbContext db, FollowMember members, TimeProvider timeProvider, ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberProfileUpdated updated, CancellationToken cancellationToken) =>
        members.ProfileUpdatedAsync(updated, cancellationToken);
}
