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
            var template = new CouponTemplate { Id = Guid.NewGuid(), Name = "618", Kind = CouponKind.AmountOff, Value = 50m, ValidDays = 3 };
            db.CouponTemplates.Add(template);
            foreach (var (days, status) in new[] { (3, CouponStatus.Active), (3, CouponStatus.Redeemed), (10, CouponStatus.Active) })
            {
                var now = clock.GetUtcNow();
                db.Coupons.Add(new Coupon
                {
                    Id = Guid.NewGuid(), Code = CouponCodes.New(), TemplateId = template.Id, MemberId = Guid.NewGuid(), SourceRef = Guid.NewGuid().ToString(),
                    IssuedAt = now, ValidFrom = now, ValidUntil = now.AddDays(days), Status = status,
                });
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
