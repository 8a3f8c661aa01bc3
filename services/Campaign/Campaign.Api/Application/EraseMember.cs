using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Contracts.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// Erases what Campaign holds that names a member (docs/privacy.md "campaign"), in the consumer's transaction: her
/// birth month goes, her unused coupons are voided (their codes no longer work); redeemed coupons, deliveries and the
/// copies of her purchases and answers stay under her MemberId, since campaign costs, uplift and KPIs are the chain's
/// records. Once per member (<see cref="PrivacyRequestAnswers.EraseOnceAsync"/>, whose erased-members row keeps
/// campaigns from reaching her again): a second request changes nothing and is answered again.
/// </summary>
public sealed class EraseMember(CampaignDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public async Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var erasedAt = await db.EraseOnceAsync(request, now, async ct =>
        {
            var memberId = request.MemberId;
            (await db.Members.FirstOrDefaultAsync(m => m.MemberId == memberId, ct))?.ForgetBirthMonth();
            // Locked, so a redemption at the till in the same moment either goes first (and stays) or finds it void.
            foreach (var coupon in await db.Coupons
                         .Where(c => c.MemberId == memberId && c.Status == CouponStatus.Active).ForUpdate()
                         .ToListAsync(ct))
            {
                coupon.Void(now);
            }
        }, cancellationToken);
        outbox.Add(new MemberErased(request.RequestId, request.MemberId, ExportMemberData.Service, erasedAt)
        {
            OccurredAt = now,
        });
    }
}
