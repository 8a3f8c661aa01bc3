using Loyalty.Campaign.Api.Domain.GrowthTasks;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>
/// A member's growth task and its progress (e.g. 1 of 3 friends); Status is InProgress, Completed or Expired.
/// </summary>
/// <param name="Id">The task's id.</param>
/// <param name="CampaignId">The campaign that started it.</param>
/// <param name="Kind">SecondPurchase or InviteFriends.</param>
/// <param name="Name">The task as the member sees it.</param>
/// <param name="Progress">Steps done so far.</param>
/// <param name="Target">Steps needed.</param>
/// <param name="Status">InProgress, Completed or Expired.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="ExpiresAt">When it ends if not completed (UTC).</param>
/// <param name="CompletedAt">When it was completed (UTC); null until then.</param>
/// <param name="RewardCouponTemplateId">The coupon template of the reward; null for none.</param>
/// <param name="RewardPoints">The reward's points; 0 for none.</param>
/// <param name="RewardCouponId">The reward coupon issued on completion; null until then.</param>
public sealed record GrowthTaskResponse(
    Guid Id, Guid CampaignId, GrowthTaskKind Kind, string Name, int Progress, int Target, GrowthTaskStatus Status,
    DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, DateTimeOffset? CompletedAt, Guid? RewardCouponTemplateId,
    long RewardPoints, Guid? RewardCouponId)
{
    public static GrowthTaskResponse From(GrowthTask task, DateTimeOffset now) => new(
        task.Id, task.CampaignId, task.Kind, task.Name, task.Progress, task.Target, task.StatusAt(now),
        task.StartedAt, task.ExpiresAt, task.CompletedAt, task.RewardCouponTemplateId, task.RewardPoints,
        task.RewardCouponId);
}
