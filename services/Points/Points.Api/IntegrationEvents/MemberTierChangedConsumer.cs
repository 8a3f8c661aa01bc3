using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>Keeps the account's copy of the tier current (the latest change wins, whatever the arrival order), so the tier multiplier applies from the next purchase.</summary>
public sealed class MemberTierChangedConsumer(PointsDbContext db, TimeProvider timeProvider, ILogger<MemberTierChangedConsumer> logger)
    : IdempotentConsumer<MemberTierChanged, PointsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberTierChanged integrationEvent, CancellationToken cancellationToken)
    {
        var account = await DbContext.Accounts.FirstOrDefaultAsync(a => a.MemberId == integrationEvent.MemberId, cancellationToken)
            ?? throw new AccountNotOpenedYetException(integrationEvent.MemberId, nameof(MemberTierChanged));
        account.ChangeTier(integrationEvent.ToTier, integrationEvent.OccurredAt);
    }
}
