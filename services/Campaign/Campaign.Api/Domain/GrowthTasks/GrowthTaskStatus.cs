namespace Loyalty.Campaign.Api.Domain.GrowthTasks;

/// <summary>Where a member's growth task stands.</summary>
public enum GrowthTaskStatus
{
    InProgress,
    Completed,
    Expired,
}
