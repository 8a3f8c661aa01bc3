using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Privacy;

namespace Loyalty.Campaign.Api.IntegrationEvents;

[Description("clears her birth month, voids her unused coupons, keeps campaign costs, and answers MemberErased")]
public sealed class MemberErasureRequestedConsumer(
    CampaignDbContext db,
    EraseMember eraseMember,
    TimeProvider timeProvider,
    ILogger<MemberErasureRequestedConsumer> logger)
    : IdempotentConsumer<MemberErasureRequested, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken) =>
        eraseMember.HandleAsync(request, cancellationToken);
}
