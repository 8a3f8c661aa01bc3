namespace Loyalty.Segmentation.Engine.Summaries;

/// <summary>The unit of recency, T and the prediction horizon. Weeks are 7 days; a month is 365.25 / 12 days.</summary>
public enum TimeUnit
{
    Days,
    Weeks,
}
