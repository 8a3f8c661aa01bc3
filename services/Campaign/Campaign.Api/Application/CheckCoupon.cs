using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Application;

/// <summary>What a coupon gives on a basket now, or why it cannot be used; changes nothing.</summary>
public sealed class CheckCoupon(CampaignDbContext db, TimeProvider timeProvider)
{
    /// <returns>The coupon's id (null when no coupon has the code) and the check.</returns>
    public async Task<(Guid? CouponId, CouponCheck Check)> HandleAsync(
        string code, Guid? memberId, Basket basket, CancellationToken cancellationToken)
    {
        var normalized = CouponCodes.Normalize(code);
        var found = await (from c in db.Coupons.AsNoTracking()
                           join t in db.CouponTemplates.AsNoTracking() on c.TemplateId equals t.Id
                           where c.Code == normalized
                           select new { c, t }).SingleOrDefaultAsync(cancellationToken);
        var check = found is null ? CouponCheck.Refused(CouponRefusal.NotFound, "No coupon has this code.")
            : memberId is { } member && member != found.c.MemberId
                ? CouponCheck.Refused(CouponRefusal.NotYours, "This coupon belongs to another member.")
            : CouponRules.Check(found.c, found.t, basket, timeProvider.GetUtcNow());
        return (found?.c.Id, check);
    }
}
