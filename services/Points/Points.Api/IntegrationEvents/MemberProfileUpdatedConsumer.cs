using System.ComponentModel;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>
/// The latest profile wins, whatever the arrival order; the birthday-month rule follows a corrected date. A profile
/// event about an erased member brings nothing back.
/// </summary>
[Description("keeps the account's copy of the member's birth date for the birthday-month rule")]
public sealed class MemberProfileUpdatedConsumer(
    PointsDbContext db, TimeProvider timeProvider, ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, PointsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(
        MemberProfileUpdated integrationEvent, CancellationToken cancellationToken)
    {
        if (!await DbContext.IsErasedAsync(integrationEvent.MemberId, cancellationToken))
        {
            (await AccountNotOpenedYetException.AccountForAsync(
                    DbContext, integrationEvent.MemberId, nameof(MemberProfileUpdated), cancellationToken))
                .ChangeBirthDate(integrationEvent.BirthDate, integrationEvent.OccurredAt);
        }
    }
}
