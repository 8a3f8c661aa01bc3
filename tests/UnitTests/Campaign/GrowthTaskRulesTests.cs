using Loyalty.Campaign.Api.Apis;
using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.GrowthTasks;

namespace Loyalty.UnitTests.Campaign;

public class GrowthTaskRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 11, 2, 0, 0, TimeSpan.Zero);

    private static GrowthTask Task(int days = 3) => GrowthTask.Start(
        Guid.NewGuid(), Guid.Empty, Guid.NewGuid(), "first-purchase", GrowthTaskKind.SecondPurchase, "buy again", 1,
        Start, days, null, 0);

    [Fact]
    public void A_step_counts_only_after_the_start_and_up_to_the_expiry_of_an_open_task()
    {
        var task = Task();
        Assert.False(task.Counts(Start));
        Assert.True(task.Counts(Start.AddSeconds(1)));
        Assert.True(task.Counts(Start.AddDays(3)));
        Assert.False(task.Counts(Start.AddDays(3).AddSeconds(1)));
        task.Complete(Start.AddDays(1));
        Assert.False(task.Counts(Start.AddDays(2)));
    }

    [Fact]
    public void Status_is_in_progress_then_expired_unless_completed()
    {
        var task = Task();
        Assert.Equal(GrowthTaskStatus.InProgress, task.StatusAt(Start.AddDays(1)));
        Assert.Equal(GrowthTaskStatus.Expired, task.StatusAt(Start.AddDays(4)));
        task.Complete(Start.AddDays(2));
        Assert.Equal(GrowthTaskStatus.Completed, task.StatusAt(Start.AddDays(4)));
    }

    [Fact]
    public void A_growth_task_action_needs_days_a_target_and_a_reward()
    {
        var request = new CampaignRequest(
            "invite", CampaignTrigger.TierUpgraded, null, false, null, null, null, null, null, 0, null, null, 0, null,
            null)
        {
            GrowthTask = GrowthTaskKind.InviteFriends,
        };
        var errors = request.Validate();
        Assert.Equal(["growthTaskDays", "growthTaskTarget", "rewardCouponTemplateId"], errors.Keys.Order().ToArray());
        Assert.Empty((request with { GrowthTaskDays = 30, GrowthTaskTarget = 3, RewardPoints = 500 }).Validate());
    }

    [Fact]
    public void The_new_member_journey_starts_a_3_day_second_purchase_task_on_the_first_purchase_rewarding_a_50_CNY_coupon()
    {
        var templateId = Guid.NewGuid();
        var journey = Journeys.CampaignFor(Journeys.NewMemberGrowthTasks, templateId, null, null)!;
        Assert.Equal(
            (CampaignTrigger.FirstPurchase, GrowthTaskKind.SecondPurchase, 3, 1, templateId, (Guid?)null),
            (
                journey.Trigger, journey.GrowthTask!.Value, journey.GrowthTaskDays, journey.GrowthTaskTarget,
                journey.RewardCouponTemplateId!.Value, journey.CouponTemplateId));
        var coupon = Journeys.CouponFor(Journeys.NewMemberGrowthTasks)!;
        Assert.Equal((CouponKind.AmountOff, 50m), (coupon.Kind, coupon.ToTemplate(Guid.Empty, default).FaceValue));
    }
}
