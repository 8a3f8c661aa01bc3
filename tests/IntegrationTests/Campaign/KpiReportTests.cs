using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Campaign.Api.Infrastructure.Sql;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Campaign;

/// <summary>
/// The KPI report on a small data set whose figures are computed by hand below (formulas: docs/kpis.md).
/// </summary>
public class KpiReportTests
{
    [Fact]
    public async Task Kpis_of_a_small_campaign_equal_the_hand_computation()
    {
        await using var database = new TestDatabase("it_campaign_kpis");
        var options = new DbContextOptionsBuilder<CampaignDbContext>().UseNpgsql(database.ConnectionString).Options;
        var t0 = new DateTimeOffset(2026, 11, 11, 2, 0, 0, TimeSpan.Zero); // 11 Nov, 10:00 in Shanghai
        var campaignId = Guid.NewGuid();
        var (t1, t2, t3, t4, h1, h2) = (
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var db = new CampaignDbContext(options))
        {
            await db.Database.MigrateAsync();
            var template = CouponTemplate.Create(
                Guid.NewGuid(), new CouponTemplateDefinition(
                    "200 减 80", CouponKind.AmountOff, 80m, Threshold: 200m, ValidDays: 3), t0);
            db.CouponTemplates.Add(template);
            var campaign = MarketingCampaign.Create(
                campaignId, new CampaignDefinition("wake-up", CouponTemplateId: template.Id), t0.AddDays(-1));
            campaign.Activate();
            db.Campaigns.Add(campaign);
            var refunds = new List<(Guid PurchaseId, decimal Amount)>();

            void Treated(Guid member, string share, bool redeemed)
            {
                var coupon = Coupon.Issue(template, member, campaignId, CouponSource.Campaign, $"k:{member}", t0);
                if (redeemed)
                {
                    coupon.Redeem("POS-" + member.ToString("N"), "SH-01", 80m, t0);
                }

                db.Coupons.Add(coupon);
                db.Deliveries.Add(new CampaignDelivery
                {
                    CampaignId = campaignId, MemberId = member, RunKey = "once", Outcome = DeliveryOutcome.Treated,
                    ShareKey = share, CouponId = coupon.Id, Cost = 80m, At = t0,
                });
            }

            void Purchase(Guid member, decimal amount, TimeSpan after, decimal refunded = 0m)
            {
                var purchase = MemberPurchase.Recorded(Guid.NewGuid(), member, null, amount, t0 + after);
                db.Purchases.Add(purchase);
                if (refunded > 0m)
                {
                    refunds.Add((purchase.PurchaseId, refunded));
                }
            }

            Treated(t1, BudgetSplit.Active, redeemed: true);
            Treated(t2, BudgetSplit.Dormant, redeemed: false);
            Treated(t3, BudgetSplit.Dormant, redeemed: false);
            Treated(t4, BudgetSplit.New, redeemed: false);
            db.Deliveries.Add(new CampaignDelivery
            {
                CampaignId = campaignId, MemberId = h1, RunKey = "once", Outcome = DeliveryOutcome.Holdout,
                ShareKey = BudgetSplit.Dormant, At = t0,
            });
            db.Deliveries.Add(new CampaignDelivery
            {
                CampaignId = campaignId, MemberId = h2, RunKey = "once", Outcome = DeliveryOutcome.Holdout,
                ShareKey = BudgetSplit.Active, At = t0,
            });
            // A member capped by the frequency window is neither treated nor control: not counted.
            db.Deliveries.Add(new CampaignDelivery
            {
                CampaignId = campaignId, MemberId = Guid.NewGuid(), RunKey = "once",
                Outcome = DeliveryOutcome.FrequencyCapped, ShareKey = BudgetSplit.Active, At = t0,
            });

            Purchase(t1, 300m, TimeSpan.FromDays(2));
            Purchase(t1, 100m, TimeSpan.FromDays(40));                  // after the 30-day window
            Purchase(t2, 500m, TimeSpan.FromDays(10), refunded: 100m);  // counts 400
            Purchase(t3, 100m, TimeSpan.FromDays(29));
            Purchase(t4, 200m, TimeSpan.FromDays(-1));                  // before being reached
            Purchase(h1, 150m, TimeSpan.FromDays(3));
            db.TierChanges.Add(TierChange.Heard(Guid.NewGuid(), t2, true, t0.AddDays(5)));
            db.TierChanges.Add(TierChange.Heard(Guid.NewGuid(), t3, false, t0.AddDays(5)));
            db.PointsBalances.Add(PointsBalance.Stated(t1, 1_000, t0));
            db.PointsBalances.Add(PointsBalance.Stated(h1, 200, t0));
            await db.SaveChangesAsync();
            foreach (var (purchaseId, amount) in refunds)
            {
                await db.Purchases.AddRefundAsync(purchaseId, amount, CancellationToken.None);
            }
        }

        await using var session = new CampaignDbContext(options);
        var report = new KpiReport(
            session, Options.Create(new CampaignOptions { PointValueCny = 0.1m }), TimeProvider.System);
        var k = await report.ComputeAsync(campaignId, t0.AddDays(-1), t0.AddDays(1), null, CancellationToken.None);

        // By hand: 4 treated (T1–T4), 2 held out (H1, H2).
        Assert.Equal((4, 2, 4, 1), (k.Reach, k.HoldoutSize, k.CouponsIssued, k.CouponsRedeemed));
        Assert.Equal(0.25, k.CouponRedemptionRate);                      // 1 of 4 coupons
        Assert.Equal(0.75, k.ParticipationRate);                         // T1 (redeemed, bought), T2, T3 (bought)
        Assert.Equal(0.75, k.RepurchaseRateTreated);                     // T1, T2, T3 bought within 30 days
        Assert.Equal(0.5, k.RepurchaseRateHoldout);                      // H1
        Assert.Equal(0.25, k.RepurchaseUplift!.Value, 10);
        var margin = 1.96 * Math.Sqrt((0.75 * 0.25 / 4) + (0.5 * 0.5 / 2)); // 0.812573…
        Assert.Equal(0.25 - margin, k.UpliftCi95Low!.Value, 10);
        Assert.Equal(0.25 + margin, k.UpliftCi95High!.Value, 10);
        Assert.Equal(1.0, k.WakeUpRateTreated);                          // T2 and T3 were dormant; both bought
        Assert.Equal(1.0, k.WakeUpRateHoldout);                          // H1 dormant, bought
        Assert.Equal(800m, k.RevenueTreated);                            // 300 + 400 + 100
        Assert.Equal(266.67m, k.AverageOrderValue);                      // 800 / 3 orders
        Assert.Equal(500m, k.IncrementalRevenue);                        // (800/4 − 150/2) × 4
        // the one redeemed coupon's 80; unused coupons cost nothing
        Assert.Equal(80m, k.Cost);
        Assert.Equal(5.25, k.Roi!.Value, 10);                            // (500 − 80) / 80
        Assert.Equal(0.25, k.TierUpgradeRateTreated);                    // T2 (T3's change was a downgrade)
        Assert.Equal(0.0, k.TierUpgradeRateHoldout);
        Assert.Equal((1_200L, 120m), await report.PointsLiabilityAsync(null, CancellationToken.None));

        // The same members reached outside the date range are not in it; the overall report (all campaigns) equals this
        // one's.
        Assert.Equal(
            0,
            (await report.ComputeAsync(campaignId, t0.AddDays(1), t0.AddDays(2), null, CancellationToken.None)).Reach);
        Assert.Equal(
            k with { CampaignId = null },
            await report.ComputeAsync(null, t0.AddDays(-1), t0.AddDays(1), null, CancellationToken.None));
    }
}
