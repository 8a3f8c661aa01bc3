using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Members;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.IntegrationEvents;

/// <summary>Follows a member's home store and birth month; an update that overtakes the registration is retried until the member is known.</summary>
public sealed class MemberProfileUpdatedConsumer(CampaignDbContext db, TimeProvider timeProvider, ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, CampaignDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberProfileUpdated updated, CancellationToken cancellationToken)
    {
        var member = await DbContext.Members.SingleOrDefaultAsync(m => m.MemberId == updated.MemberId, cancellationToken)
            ?? throw new InvalidOperationException($"Member {updated.MemberId} is not known yet; the update will be redelivered.");
        (member.HomeStoreId, member.BirthMonth) = (updated.HomeStoreId, updated.BirthDate.Month);
    }
}
