namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// What one run of a campaign did for one member. Unique by (CampaignId, MemberId, RunKey): a repeated or resumed run
/// does nothing twice. Campaign runs write them in bulk (Infrastructure/Sql/CampaignRunSql).
/// </summary>
public sealed class CampaignDelivery
{
    public Guid CampaignId { get; init; }

    public Guid MemberId { get; init; }

    public required string RunKey { get; init; }

    public DeliveryOutcome Outcome { get; init; }

    public string? ShareKey { get; init; }

    public Guid? CouponId { get; init; }

    /// <summary>What the actions cost the budget (coupon face value plus points at their CNY value).</summary>
    public decimal Cost { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>
    /// A delivery the frequency window refused is retried for <paramref name="retryFor"/> (Campaigns:CappedRetryFor)
    /// after the refusal: refusals after this moment are still due.
    /// </summary>
    public static DateTimeOffset CappedRetriedIfRefusedAfter(DateTimeOffset now, TimeSpan retryFor) => now - retryFor;
}
