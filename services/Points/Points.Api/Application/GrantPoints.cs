using Loyalty.Contracts.Campaign;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Honours a bonus grant another service asks for, in the consumer's transaction. The request id is the idempotency
/// key: a second request with the same RequestId (even in a new event) grants nothing, because the ledger already
/// holds "grant:{RequestId}".
/// </summary>
public sealed class GrantPoints(PointsDbContext db, PointsTransactions transactions, PointsPosting posting)
{
    public Task HandleAsync(PointsGrantRequested request, CancellationToken cancellationToken) =>
        transactions.InCurrentTransactionAsync(request.MemberId, async (account, ct) =>
        {
            // A grant can overtake the registration that opens the account: redelivered until it is open (points > 0
            // is a shared event rule).
            var opened = account
                ?? throw new AccountNotOpenedYetException(request.MemberId, nameof(PointsGrantRequested));
            var sourceRef = $"grant:{request.RequestId}";
            if (await db.Ledger.AnyAsync(e => e.SourceRef == sourceRef, ct))
            {
                return false;
            }

            await posting.GrantAsync(opened, request.Points, LedgerReasons.CampaignGrant, sourceRef, ct);
            return true;
        }, cancellationToken);
}
