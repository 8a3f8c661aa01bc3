namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// What starts a campaign for a member: its schedule (a run over the target audience) or an event about the member.
/// </summary>
public enum CampaignTrigger
{
    /// <summary>Runs over the target audience at RunAt (one-off) or by hand.</summary>
    Schedule,

    /// <summary>A member entered TriggerSegment (e.g. "lifecycle-dormant").</summary>
    SegmentEntered,

    /// <summary>Points says some of the member's points expire soon.</summary>
    PointsExpiringSoon,

    /// <summary>The member's first purchase as seen by Campaign.</summary>
    FirstPurchase,

    /// <summary>The member moved up a tier (MemberTierChanged to a higher tier).</summary>
    TierUpgraded,

    /// <summary>The member answered a survey as a detractor (NPS 0–6, Feedback's SurveyAnswered).</summary>
    DetractorAnswered,
}
