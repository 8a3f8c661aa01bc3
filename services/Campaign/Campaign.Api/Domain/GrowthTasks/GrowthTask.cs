namespace Loyalty.Campaign.Api.Domain.GrowthTasks;

/// <summary>
/// A growth task a campaign started for one member (once per campaign, member and run key): progress towards Target
/// within (StartedAt, ExpiresAt]; on completion the reward (a coupon and/or points) is issued once.
/// </summary>
public sealed class GrowthTask
{
    private GrowthTask()
    {
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid MemberId { get; private set; }

    public string RunKey { get; private set; } = "";

    public GrowthTaskKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public int Target { get; private set; }

    public int Progress { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public Guid? RewardCouponTemplateId { get; private set; }

    public long RewardPoints { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public Guid? RewardCouponId { get; private set; }

    /// <summary>The source of the task's rewards (coupon and points request), so each is issued once.</summary>
    public string RewardRef => $"growth-task:{Id:N}";

    /// <summary>
    /// When a task started at <paramref name="startedAt"/> that runs <paramref name="days"/> days ends.
    /// </summary>
    public static DateTimeOffset ExpiryFor(DateTimeOffset startedAt, int days) => startedAt.AddDays(days);

    /// <summary>
    /// A new task; campaign runs start theirs in bulk with the same values (CampaignRunSql.StartGrowthTasks).
    /// </summary>
    public static GrowthTask Start(
        Guid id, Guid campaignId, Guid memberId, string runKey, GrowthTaskKind kind, string name, int target,
        DateTimeOffset startedAt, int days, Guid? rewardCouponTemplateId, long rewardPoints) => new()
    {
        Id = id,
        CampaignId = campaignId,
        MemberId = memberId,
        RunKey = runKey,
        Kind = kind,
        Name = name,
        Target = target,
        StartedAt = startedAt,
        ExpiresAt = ExpiryFor(startedAt, days),
        RewardCouponTemplateId = rewardCouponTemplateId,
        RewardPoints = rewardPoints,
    };

    public GrowthTaskStatus StatusAt(DateTimeOffset now) =>
        CompletedAt is not null ? GrowthTaskStatus.Completed
        : now > ExpiresAt ? GrowthTaskStatus.Expired
        : GrowthTaskStatus.InProgress;

    /// <summary>
    /// Whether a step that happened at <paramref name="at"/> counts: the task is open and the step falls in its window.
    /// </summary>
    public bool Counts(DateTimeOffset at) => CompletedAt is null && at > StartedAt && at <= ExpiresAt;

    /// <summary>
    /// Counts one step (the caller checked <see cref="Counts"/> and that the step is new); true when it reaches the
    /// target.
    /// </summary>
    public bool CountStep()
    {
        Progress++;
        return Progress >= Target;
    }

    /// <summary>
    /// The task is done; <paramref name="rewardCouponId"/> is the coupon issued as its reward, if any.
    /// </summary>
    public void Complete(DateTimeOffset now, Guid? rewardCouponId = null) =>
        (CompletedAt, RewardCouponId) = (now, rewardCouponId);
}
