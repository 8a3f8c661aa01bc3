using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>Keeps the account's copy of the birth date current (the latest profile wins, whatever the arrival order), so the birthday-month rule follows a corrected date.</summary>
public sealed class MemberProfileUpdatedConsumer(PointsDbContext db, TimeProvider timeProvider, ILogger<MemberProfileUpdatedConsumer> logger)
    : IdempotentConsumer<MemberProfileUpdated, PointsDbContext>(db, timeProvider, logger)
{
    protected override async Task HandleAsync(MemberProfileUpdated integrationEvent, CancellationToken cancellationToken)
    {
        var account = await DbContext.Accounts.FirstOrDefaultAsync(a => a.MemberId == integrationEvent.MemberId, cancellationToken)
            ?? throw new AccountNotOpenedYetException(integrationEvent.MemberId, nameof(MemberProfileUpdated));
        account.ChangeBirthDate(integrationEvent.BirthDate, integrationEvent.OccurredAt);
    }
}
