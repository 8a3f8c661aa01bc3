using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Opens a newly registered member's points account (once), keeping the tier and birth date that earning needs, and
/// publishes PointsAccountOpened; in the consumer's transaction.
/// </summary>
public sealed class OpenAccount(PointsDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public async Task HandleAsync(MemberRegistered registered, CancellationToken cancellationToken)
    {
        if (await db.Accounts.AnyAsync(a => a.MemberId == registered.MemberId, cancellationToken))
        {
            return;
        }

        var (memberId, now) = (registered.MemberId, timeProvider.GetUtcNow());
        // A registration redelivered after her erasure still opens the books, without her birth date.
        var birthDate = await db.IsErasedAsync(memberId, cancellationToken) ? (DateOnly?)null : registered.BirthDate;
        var account = PointsAccount.Open(memberId, registered.Tier, birthDate, now, registered.OccurredAt);
        db.Accounts.Add(account);
        outbox.Add(new PointsAccountOpened(account.MemberId, account.OpenedAt) { OccurredAt = account.OpenedAt });
    }
}
