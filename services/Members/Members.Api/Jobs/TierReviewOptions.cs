namespace Loyalty.Members.Api.Jobs;

/// <summary>
/// "TierReview" section: how often anniversary reviews are looked for, and how many members one run takes.
/// </summary>
public sealed class TierReviewOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    public int BatchSize { get; set; } = 500;
}
