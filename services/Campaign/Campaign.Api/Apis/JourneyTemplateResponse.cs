using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>A ready journey template, to offer "start from a template" (POST /api/campaigns/journeys/{code}).</summary>
/// <param name="Code">The template's code, e.g. dormant-wake-up.</param>
/// <param name="Names">The template's name by language (zh-CN, en).</param>
/// <param name="Descriptions">What the campaign does, by language (zh-CN, en).</param>
/// <param name="Trigger">What starts it for a member (SegmentEntered, Schedule, FirstPurchase, ...).</param>
/// <param name="TriggerSegment">The segment whose entry triggers it; null for other triggers.</param>
/// <param name="MessageTemplate">The notification template it sends; null when it sends none.</param>
/// <param name="BonusPoints">Points it grants each treated member (0: none).</param>
/// <param name="GivesCoupon">Whether it issues a coupon (its template is created with the campaign).</param>
/// <param name="HoldoutPercent">The holdout share it takes when none is given.</param>
/// <param name="SurveyCode">The Feedback survey it invites each treated member to; null for none.</param>
/// <param name="FollowUpReason">The reason of the follow-up task it opens per treated member; null for none.</param>
/// <param name="FollowUpDueInDays">Clinic days until that follow-up task is due (0 without one).</param>
public sealed record JourneyTemplateResponse(
    string Code,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyDictionary<string, string> Descriptions,
    CampaignTrigger Trigger,
    string? TriggerSegment,
    string? MessageTemplate,
    long BonusPoints,
    bool GivesCoupon,
    int HoldoutPercent,
    string? SurveyCode,
    string? FollowUpReason,
    int FollowUpDueInDays)
{
    public static JourneyTemplateResponse From(JourneyDescription journey)
    {
        var campaign = Journeys.CampaignFor(journey.Code, couponTemplateId: null, budget: null, holdoutPercent: null)
            ?? throw new InvalidOperationException($"Journey {journey.Code} has no campaign.");
        return new JourneyTemplateResponse(
            journey.Code,
            new Dictionary<string, string> { ["zh-CN"] = journey.NameZh, ["en"] = journey.NameEn },
            new Dictionary<string, string> { ["zh-CN"] = journey.DescriptionZh, ["en"] = journey.DescriptionEn },
            campaign.Trigger,
            campaign.TriggerSegment,
            campaign.MessageTemplate,
            campaign.BonusPoints,
            Journeys.CouponFor(journey.Code) is not null,
            campaign.HoldoutPercent,
            campaign.SurveyCode,
            campaign.FollowUpReason,
            campaign.FollowUpReason is null ? 0 : campaign.FollowUpDueInDays);
    }
}
