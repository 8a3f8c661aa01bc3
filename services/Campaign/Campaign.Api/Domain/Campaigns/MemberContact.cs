namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>When a campaign action last reached a member, for the frequency window.</summary>
public sealed class MemberContact
{
    public Guid MemberId { get; init; }

    public DateTimeOffset LastTargetedAt { get; set; }
}
