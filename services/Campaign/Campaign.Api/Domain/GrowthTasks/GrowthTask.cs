namespace Loyalty.Campaign.Api.Domain.GrowthTasks;

/// <summary>
/// A growth task a campaign started for one member (once per campaign, member and run key): progress towards Target
/// within (StartedAt, ExpiresAt]; on completion the reward (a coupon and/or points) is issued once.
/// </summary>
public sealed class GrowthTask
{
    public Guid Id { get; init; }

    public Guid CampaignId { get; init; }

    public Guid MemberId { get; init; }

    public required string RunKey { get; init; }

    public GrowthTaskKind Kind { get; init; }

    public required string Name { get; init; }

    public int Target { get; init; }

    public int Progress { get; set; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public Guid? RewardCouponTemplateId { get; init; }

    public long RewardPoints { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    public Guid? RewardCouponId { get; set; }

    public GrowthTaskStatus StatusAt(DateTimeOffset now) =>
        CompletedAt is not null ? GrowthTaskStatus.Completed : now > ExpiresAt ? GrowthTaskStatus.Expired : GrowthTaskStatus.InProgress;

    /// <summary>Whether a step that happened at <paramref name="at"/> counts: the task is open and the step falls in its window.</summary>
    public bool Counts(DateTimeOffset at) => CompletedAt is null && at > StartedAt && at <= ExpiresAt;
}
