using Loyalty.Contracts.Points;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// A refund counts against rolling spend. It never downgrades at once: that waits for the anniversary review.
/// Runs in the caller's transaction (the consumer's, with its inbox row).
/// </summary>
public sealed class RecordRefund(MembersDbContext db)
{
    public abstract record Outcome
    {
        public sealed record Recorded : Outcome;

        /// <summary>
        /// The refund overtook its purchase (each event type has its own queue): it must come again later.
        /// </summary>
        public sealed record PurchaseNotYetHere : Outcome;

        /// <summary>Members does not know the member at all: the purchase was impossible too.</summary>
        public sealed record UnknownMember : Outcome;
    }

    public async Task<Outcome> HandleAsync(PurchaseRefunded refund, CancellationToken cancellationToken)
    {
        if (await db.Purchases.AddRefundAsync(refund.PurchaseId, refund.RefundAmount, cancellationToken))
        {
            return new Outcome.Recorded();
        }

        return await db.Members.AnyAsync(m => m.Id == refund.MemberId, cancellationToken)
            ? new Outcome.PurchaseNotYetHere()
            : new Outcome.UnknownMember();
    }
}
