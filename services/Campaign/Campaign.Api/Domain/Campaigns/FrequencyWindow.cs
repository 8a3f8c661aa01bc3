namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// The cross-campaign frequency rule: a member is reached by at most one campaign action within the window
/// (Campaigns:FrequencyWindow), whichever campaign it comes from. <see cref="MemberContact"/> holds the last time.
/// </summary>
public static class FrequencyWindow
{
    /// <summary>What a released claim goes back to: a member no campaign reached.</summary>
    public static readonly DateTimeOffset NeverContacted = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The latest last contact that still lets a member be reached at <paramref name="now"/>.</summary>
    public static DateTimeOffset ReachableIfLastReachedBy(DateTimeOffset now, TimeSpan window) => now - window;
}
