using Loyalty.Campaign.Api.Domain.Campaigns;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// "Campaigns" section: the campaign rules' settings (the jobs' intervals are <c>Jobs/CampaignJobOptions</c>).
/// </summary>
public sealed class CampaignOptions
{
    /// <summary>What one bonus point costs a campaign budget, in CNY.</summary>
    public decimal PointValueCny { get; set; } = 0.1m;

    /// <summary>A member is reached by at most one campaign action within this window.</summary>
    public TimeSpan FrequencyWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long after the frequency window refused a delivery it is retried (<see cref="RetryCappedDeliveries"/>).
    /// </summary>
    public TimeSpan CappedRetryFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Members per transaction in a campaign run.</summary>
    public int BatchSize { get; set; } = 5_000;
}
