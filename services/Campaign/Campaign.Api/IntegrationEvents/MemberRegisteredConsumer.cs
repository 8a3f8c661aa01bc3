using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Members;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>
/// Keeps the Campaign service's copy of a member: home store and birth month (for audiences and birthday campaigns); a
/// referred registration counts towards the referrer's invite-friends growth tasks.
/// </summary>
[Description("keeps the member's home store and birth month for audiences; a referral counts for invite-friends tasks")]
public sealed class MemberRegisteredConsumer(
    CampaignDbContext db, FollowMember members, TimeProvider timeProvider, ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberRegistered registered, CancellationToken cancellationToken) =>
        members.RegisteredAsync(registered, cancellationToken);
}
