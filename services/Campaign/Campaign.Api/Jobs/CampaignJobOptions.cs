namespace Loyalty.Campaign.Api.Jobs;

/// <summary>The "Campaigns" section's job intervals.</summary>
public sealed class CampaignJobOptions
{
    /// <summary>How often due scheduled campaigns (and capped deliveries due for a retry) are looked for.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often expired coupons are marked.</summary>
    public TimeSpan CouponExpiryInterval { get; set; } = TimeSpan.FromHours(1);
}
