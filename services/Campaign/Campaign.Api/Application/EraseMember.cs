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
/// records. Her published events (CouponIssued names a code) go, the erased-members row keeps campaigns from reaching
/// her again, and MemberErased answers. A second request changes nothing and answers again.
/// </summary>
public sealed class EraseMember(CampaignDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public async Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken)
    {
        var memberId = request.MemberId;
        var now = timeProvider.GetUtcNow();
        var earlier = await db.Set<ErasedMember>().FindAsync([memberId], cancellationToken);
        if (earlier is null)
        {
            (await db.Members.FirstOrDefaultAsync(m => m.MemberId == memberId, cancellationToken))?.ForgetBirthMonth();
            // Locked, so a redemption at the till in the same moment either goes first (and stays) or finds it void.
            foreach (var coupon in await db.Coupons
                         .Where(c => c.MemberId == memberId && c.Status == CouponStatus.Active).ForUpdate()
                         .ToListAsync(cancellationToken))
            {
                coupon.Void(now);
            }

            db.Add(new ErasedMember { MemberId = memberId, RequestId = request.RequestId, ErasedAt = now });
            await db.DeletePublishedEventsAboutAsync(memberId, cancellationToken);
        }

        outbox.Add(new MemberErased(request.RequestId, memberId, ExportMemberData.Service, earlier?.ErasedAt ?? now)
        {
            OccurredAt = now,
        });
    }
}
