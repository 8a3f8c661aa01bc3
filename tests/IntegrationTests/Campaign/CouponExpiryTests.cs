using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Campaign;

/// <summary>The expiry job on the real Campaign schema, with the clock moved by the test.</summary>
public class CouponExpiryTests
{
    [Fact]
    public async Task Coupons_past_their_validity_are_marked_expired_once_and_used_ones_stay_redeemed()
    {
        await using var database = new TestDatabase("it_coupon_expiry");
        var options = new DbContextOptionsBuilder<CampaignDbContext>().UseNpgsql(database.ConnectionString).Options;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 18, 2, 0, 0, TimeSpan.Zero));
        await using (var db = new CampaignDbContext(options))
        {
            await db.Database.MigrateAsync();
            foreach (var (days, status) in new[] { (3, CouponStatus.Active),
                (3, CouponStatus.Redeemed), (10, CouponStatus.Active) })
            {
                var now = clock.GetUtcNow();
                var template = CouponTemplate.Create(
                    Guid.NewGuid(), new CouponTemplateDefinition(
                        "618", CouponKind.AmountOff, 50m, ValidDays: days), now);
                db.CouponTemplates.Add(template);
                var coupon = Coupon.Issue(
                    template, Guid.NewGuid(), null, CouponSource.Staff, Guid.NewGuid().ToString(), now);
                if (status == CouponStatus.Redeemed)
                {
                    coupon.Redeem("POS-1", "SH-01", 50m, now);
                }

                db.Coupons.Add(coupon);
            }

            await db.SaveChangesAsync();
        }

        async Task<int> ExpireAsync()
        {
            await using var db = new CampaignDbContext(options);
            return await new ExpireCoupons(db, clock).ExpireDueAsync(CancellationToken.None);
        }

        Assert.Equal(0, await ExpireAsync());
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await ExpireAsync());
        Assert.Equal(0, await ExpireAsync());
        await using var check = new CampaignDbContext(options);
        Assert.Equal(
            [CouponStatus.Active, CouponStatus.Expired, CouponStatus.Redeemed],
            await check.Coupons.OrderBy(c => c.Status).Select(c => c.Status).ToListAsync());
    }
}
