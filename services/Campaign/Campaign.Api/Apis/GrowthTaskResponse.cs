using Loyalty.Campaign.Api.Domain;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>A member's growth task and its progress (e.g. 1 of 3 friends); Status is InProgress, Completed or Expired.</summary>
public sealed record GrowthTaskResponse(
    Guid Id, Guid CampaignId, GrowthTaskKind Kind, string Name, int Progress, int Target, GrowthTaskStatus Status,
    DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, DateTimeOffset? CompletedAt, Guid? RewardCouponTemplateId, long RewardPoints, Guid? RewardCouponId)
{
    public static GrowthTaskResponse From(GrowthTask task, DateTimeOffset now) => new(
        task.Id, task.CampaignId, task.Kind, task.Name, task.Progress, task.Target, task.StatusAt(now),
        task.StartedAt, task.ExpiresAt, task.CompletedAt, task.RewardCouponTemplateId, task.RewardPoints, task.RewardCouponId);
}
