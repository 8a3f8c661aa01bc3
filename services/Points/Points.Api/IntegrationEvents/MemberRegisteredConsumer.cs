using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>Opens the new member's points account, keeping the tier and birth date that earning needs.</summary>
public sealed class MemberRegisteredConsumer(PointsDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider, ILogger<MemberRegisteredConsumer> logger)
    : IdempotentConsumer<MemberRegistered, PointsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberRegistered integrationEvent, CancellationToken cancellationToken)
    {
        if (await DbContext.Accounts.AnyAsync(a => a.MemberId == integrationEvent.MemberId, cancellationToken))
        {
            return;
        }

        var account = PointsAccount.Open(integrationEvent.MemberId, integrationEvent.Tier, integrationEvent.BirthDate, TimeProvider.GetUtcNow(), integrationEvent.OccurredAt);
        DbContext.Accounts.Add(account);
        outbox.Add(new PointsAccountOpened(account.MemberId, account.OpenedAt) { OccurredAt = account.OpenedAt });
    }
}
