using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Domain;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Members;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Records tier changes for the tier upgrade rate.</summary>
public sealed class MemberTierChangedConsumer(CampaignDbContext db, TimeProvider timeProvider, ILogger<MemberTierChangedConsumer> logger)
    : IdempotentConsumer<MemberTierChanged, CampaignDbContext>(db, timeProvider, logger)
{
    protected override Task HandleAsync(MemberTierChanged changed, CancellationToken cancellationToken)
    {
        DbContext.TierChanges.Add(new TierChange { EventId = changed.EventId, MemberId = changed.MemberId, Upgrade = changed.ToTier > changed.FromTier, At = changed.OccurredAt.ToUniversalTime() });
        return Task.CompletedTask;
    }
}
