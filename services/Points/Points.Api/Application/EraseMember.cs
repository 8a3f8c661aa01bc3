using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Privacy;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Erases what Points holds that names a member (docs/privacy.md "points"), in the consumer's transaction: the birth
/// date copy goes; the account, balance, purchases, refunds and ledger stay under her MemberId, because they are the
/// chain's books (revenue, points liability) and a refund of her old order must still net. Once per member
/// (<see cref="PrivacyRequestAnswers.EraseOnceAsync"/>): a second request changes nothing and is answered again.
/// </summary>
public sealed class EraseMember(
    PointsDbContext db, PointsTransactions transactions, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public async Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var erasedAt = await db.EraseOnceAsync(request, now,
            ct => transactions.InCurrentTransactionAsync(request.MemberId, (account, _) =>
            {
                account?.ForgetBirthDate();
                return Task.FromResult(true);
            }, ct),
            cancellationToken);
        outbox.Add(new MemberErased(request.RequestId, request.MemberId, ExportMemberData.Service, erasedAt)
        {
            OccurredAt = now,
        });
    }
}
