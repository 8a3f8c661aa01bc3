using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.CouponTemplates;

namespace Loyalty.UnitTests.Campaign;

public class JourneyTests
{
    [Fact]
    public void The_journey_templates_are_valid_campaigns_and_the_wake_up_coupon_is_200_minus_80_for_3_days()
    {
        foreach (var code in Journeys.Codes)
        {
            Assert.Empty(Journeys.CampaignFor(code, Guid.NewGuid(), 10_000m, null)!.Validate());
            Assert.Empty(Journeys.CouponFor(code)?.ToTemplate(Guid.Empty, default).Validate() ?? []);
        }

        var coupon = Journeys.CouponFor(Journeys.DormantWakeUp)!;
        Assert.Equal(
            (CouponKind.AmountOff, 80m, 200m, 3), (coupon.Kind, coupon.Value, coupon.Threshold, coupon.ValidDays));
        var wakeUp = Journeys.CampaignFor(Journeys.DormantWakeUp, Guid.NewGuid(), null, null)!;
        Assert.Equal(
            (CampaignTrigger.SegmentEntered, "lifecycle-dormant", "wake-up-coupon", 10),
            (wakeUp.Trigger, wakeUp.TriggerSegment, wakeUp.MessageTemplate, wakeUp.HoldoutPercent));
        Assert.Contains(
            "holdoutPercent", Journeys.CampaignFor(Journeys.DormantWakeUp, Guid.NewGuid(), null, 90)!.Validate().Keys);
    }
}
