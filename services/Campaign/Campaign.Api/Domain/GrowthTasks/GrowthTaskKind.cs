namespace Loyalty.Campaign.Api.Domain.GrowthTasks;

/// <summary>What a growth task asks of the member.</summary>
public enum GrowthTaskKind
{
    /// <summary>
    /// Buy again within the task's days after it started (the purchase that started it does not count).
    /// </summary>
    SecondPurchase,

    /// <summary>
    /// Invite Target friends who register (MemberRegistered with ReferredByMemberId = the member) within the task's
    /// days.
    /// </summary>
    InviteFriends,
}
