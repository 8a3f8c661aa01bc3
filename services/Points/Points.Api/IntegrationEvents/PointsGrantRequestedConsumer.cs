using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Campaign;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Points.Api.Services;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>
/// Honours bonus grants other services ask for. The request id is the idempotency key: a second event with the same
/// RequestId (even with a new EventId) grants nothing, because the ledger already holds "grant:{RequestId}".
/// </summary>
public sealed class PointsGrantRequestedConsumer(
    PointsDbContext db, PointsPosting posting, TimeProvider timeProvider, ILogger<PointsGrantRequestedConsumer> logger)
    : IdempotentConsumer<PointsGrantRequested, PointsDbContext>(db, timeProvider, logger)
{
    public const string Reason = "campaign-grant";

    protected override async Task HandleAsync(PointsGrantRequested request, CancellationToken cancellationToken)
    {
        var sourceRef = $"grant:{request.RequestId}";
        // A grant can overtake the registration that opens the account: redelivered until it is open (points > 0 is
        // a shared event rule).
        var account = await posting.LockAccountAsync(request.MemberId, cancellationToken)
            ?? throw new AccountNotOpenedYetException(request.MemberId, nameof(PointsGrantRequested));
        if (await DbContext.Ledger.AnyAsync(e => e.SourceRef == sourceRef, cancellationToken))
        {
            return;
        }

        await posting.GrantAsync(account, request.Points, Reason, sourceRef, cancellationToken);
    }
}
