using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;

namespace Loyalty.UnitTests.Campaign;

/// <summary>The survey and follow-up actions and the DetractorAnswered trigger as campaigns take them.</summary>
public class FeedbackActionTests
{
    private static CampaignDefinition Care(string? survey = null, string? reason = null, int dueInDays = 2) =>
        new("Detractor care", CampaignTrigger.DetractorAnswered)
        {
            SurveyCode = survey, FollowUpReason = reason, FollowUpDueInDays = dueInDays,
        };

    [Fact]
    public void A_survey_invitation_or_a_follow_up_alone_is_something_a_campaign_does()
    {
        Assert.Contains("couponTemplateId", Care().Validate().Keys);
        Assert.Empty(Care(survey: "after-treatment").Validate());
        Assert.Empty(Care(reason: "Call her back").Validate());
    }

    [Theory]
    [InlineData("  ", null, 2, "surveyCode")]
    [InlineData(null, " ", 2, "followUpReason")]
    [InlineData(null, "Call her back", -1, "followUpDueInDays")]
    [InlineData(null, "Call her back", 31, "followUpDueInDays")]
    public void Bad_feedback_actions_are_refused_naming_the_field(
        string? survey, string? reason, int dueInDays, string field) =>
        Assert.Contains(field, Care(survey, reason, dueInDays).Validate().Keys);

    [Fact]
    public void Long_codes_and_reasons_are_refused_and_the_limits_are_accepted()
    {
        Assert.Empty(Care(new string('s', 64), new string('r', 200), 30).Validate());
        Assert.Equal(
            ["followUpReason", "surveyCode"],
            Care(new string('s', 65), new string('r', 201)).Validate().Keys.Order());
    }

    [Fact]
    public void A_campaign_keeps_the_actions_trimmed_and_its_request_ids_are_stable_per_action_member_and_run()
    {
        var now = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var campaign = MarketingCampaign.Create(Guid.NewGuid(), Care(" after-care ", " Call her ", 0), now);
        var (member, other) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal(("after-care", "Call her", 0), (campaign.SurveyCode, campaign.FollowUpReason,
            campaign.FollowUpDueInDays));
        Assert.Equal(campaign.RequestId("survey", member, "run"), campaign.RequestId("survey", member, "run"));
        Guid[] ids =
        [
            campaign.RequestId("survey", member, "run"), campaign.RequestId("follow-up", member, "run"),
            campaign.RequestId("survey", other, "run"), campaign.RequestId("survey", member, "next"),
            MarketingCampaign.Create(Guid.NewGuid(), Care("after-care"), now).RequestId("survey", member, "run"),
        ];
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(8, id.Version));
    }

    [Fact]
    public void The_detractor_care_journey_calls_within_a_day_and_sends_a_care_message()
    {
        var care = Journeys.CampaignFor(Journeys.DetractorCare, null, null, null)!;

        Assert.Empty(care.Validate());
        Assert.Equal(
            (CampaignTrigger.DetractorAnswered, 1, Journeys.DetractorCareMessage, 0),
            (care.Trigger, care.FollowUpDueInDays, care.MessageTemplate, care.HoldoutPercent));
        Assert.False(string.IsNullOrWhiteSpace(care.FollowUpReason));
        var description = Journeys.Descriptions.Single(d => d.Code == Journeys.DetractorCare);
        Assert.Equal(("不满意会员关怀", "Detractor care"), (description.NameZh, description.NameEn));
    }
}
