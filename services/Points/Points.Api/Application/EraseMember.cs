using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Privacy;
using Loyalty.Points.Api.Infrastructure;

namespace Loyalty.Points.Api.Application;

/// <summary>
/// Erases what Points holds that names a member (docs/privacy.md "points"), in the consumer's transaction: the birth
/// date copy goes; the account, balance, purchases, refunds and ledger stay under her MemberId, because they are the
/// chain's books (revenue, points liability) and a refund of her old order must still net. Her published events go,
/// the erased-members row keeps later events from bringing the birth date back, and MemberErased answers. A second
/// request changes nothing and answers again.
/// </summary>
public sealed class EraseMember(
    PointsDbContext db, PointsTransactions transactions, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public async Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken)
    {
        var memberId = request.MemberId;
        var now = timeProvider.GetUtcNow();
        var earlier = await db.Set<ErasedMember>().FindAsync([memberId], cancellationToken);
        if (earlier is null)
        {
            await transactions.InCurrentTransactionAsync(memberId, (account, _) =>
            {
                account?.ForgetBirthDate();
                return Task.FromResult(true);
            }, cancellationToken);
            db.Add(new ErasedMember { MemberId = memberId, RequestId = request.RequestId, ErasedAt = now });
            await db.DeletePublishedEventsAboutAsync(memberId, cancellationToken);
        }

        outbox.Add(new MemberErased(request.RequestId, memberId, ExportMemberData.Service, earlier?.ErasedAt ?? now)
        {
            OccurredAt = now,
        });
    }
}
