namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// When a campaign action last reached a member, for the <see cref="FrequencyWindow"/>; claimed and released in bulk
/// by campaign runs (Infrastructure/Sql/CampaignRunSql).
/// </summary>
public sealed class MemberContact
{
    private MemberContact()
    {
    }

    public Guid MemberId { get; private set; }

    public DateTimeOffset LastTargetedAt { get; private set; }
}
