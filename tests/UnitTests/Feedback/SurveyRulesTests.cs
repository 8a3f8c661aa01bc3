using System.Text.Json;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Settings;
using Loyalty.Feedback.Api.Domain.Surveys;

namespace Loyalty.UnitTests.Feedback;

/// <summary>
/// The survey rules: what a survey may ask, what an answer must be, when invitations go and follow-ups end.
/// </summary>
public class SurveyRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static Survey DefaultSurveyVersion() => Survey.Create(DefaultSurvey.Definition, 0, Now);

    private static Dictionary<string, JsonElement> Answers(object answers) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(answers))!;

    [Fact]
    public void The_seeded_survey_is_valid_and_a_new_code_is_version_one()
    {
        Assert.Empty(DefaultSurvey.Definition.Validate());
        Assert.Equal(1, DefaultSurveyVersion().Version);
        Assert.Equal(3, Survey.Create(DefaultSurvey.Definition, 2, Now).Version);
    }

    [Fact]
    public void A_survey_asks_one_NPS_one_satisfaction_per_subject_and_gives_both_languages()
    {
        var nps = DefaultSurvey.Definition.Questions[0];
        var treatment = DefaultSurvey.Definition.Questions[1];
        var errors = new SurveyDefinition("Bad Code", new Dictionary<string, string> { ["zh-CN"] = "只有中文" },
        [
            nps, nps with { Key = "nps-2" }, treatment, treatment with { Key = "treatment-2" },
            new("pick", QuestionKind.Choice, false, DefaultSurvey.Text("选", "Pick")),
            new("score", QuestionKind.Satisfaction, false, DefaultSurvey.Text("分", "Score")),
        ]).Validate();

        Assert.Contains("code", errors.Keys);
        Assert.Contains("name", errors.Keys);
        Assert.Contains("questions", errors.Keys);
        Assert.Contains("questions[4].options", errors.Keys);
        Assert.Contains("questions[5].subject", errors.Keys);
    }

    [Fact]
    public void Answers_are_read_by_kind_and_errors_name_the_question()
    {
        var survey = DefaultSurveyVersion();

        var read = SurveyAnswers.Read(survey, Answers(new { nps = 4, treatment = 2, clinic = 5, comment = " 还行 " }),
            out var errors);

        Assert.Empty(errors);
        Assert.Equal((4, 2, 5, (int?)null), (read.Nps, read.TreatmentSatisfaction, read.ClinicSatisfaction,
            read.AdvisorSatisfaction));
        Assert.Equal(2, read.LowestSatisfaction);
        Assert.Equal("还行", read.Values["comment"]);

        SurveyAnswers.Read(survey, Answers(new { nps = 11, clinic = "good", advisor = 0, extra = 1 }), out errors);
        Assert.Equal(
            ["answers.advisor", "answers.clinic", "answers.extra", "answers.nps", "answers.treatment"],
            errors.Keys.Order());
    }

    [Fact]
    public void A_choice_takes_one_of_its_option_keys_and_text_has_a_limit()
    {
        var survey = Survey.Create(Loyalty.Feedback.Api.Apis.SurveyRequest.Example.ToDefinition(), 0, Now);

        SurveyAnswers.Read(survey, Answers(new { nps = 9, treatment = 5, found_us = "friend" }), out var errors);
        Assert.Contains("answers.found_us", errors.Keys); // no such question
        var read = SurveyAnswers.Read(
            survey, Answers(new Dictionary<string, object> { ["nps"] = 9, ["treatment"] = 5, ["found-us"] = "friend" }),
            out errors);
        Assert.Empty(errors);
        Assert.Equal("friend", read.Values["found-us"]);
        SurveyAnswers.Read(survey,
            Answers(new Dictionary<string, object> { ["nps"] = 9, ["treatment"] = 5, ["found-us"] = "radio" }),
            out errors);
        Assert.Equal(["answers.found-us"], errors.Keys);

        SurveyAnswers.Read(DefaultSurveyVersion(),
            Answers(new { nps = 9, treatment = 5, comment = new string('x', SurveyAnswers.MaxTextLength + 1) }),
            out errors);
        Assert.Equal(["answers.comment"], errors.Keys);
    }

    [Fact]
    public void An_invitation_goes_out_the_configured_clinic_days_later_at_the_local_time()
    {
        var settings = FeedbackSettings.Defaults(Now); // 3 days, 10:00
        // 23:30 in Shanghai on 1 December is still 1 December there: due 4 December 10:00 (02:00 UTC).
        var paidAt = new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero), settings.InvitationTimeAfter(paidAt));
        Assert.True(settings.IsTreatment(" Laser "));
        Assert.False(settings.IsTreatment("skincare"));
    }

    [Fact]
    public void One_invitation_per_period_and_none_without_consent()
    {
        var dueAt = Now.AddDays(3);

        Assert.Equal(SkipReason.TooSoon, InvitationRules.Refuses(dueAt, [Now.AddDays(-26)], 30, consented: true));
        Assert.Null(InvitationRules.Refuses(dueAt, [Now.AddDays(-28)], 30, consented: true));
        Assert.Equal(SkipReason.NoConsent, InvitationRules.Refuses(dueAt, [], 30, consented: false));
    }

    [Fact]
    public void A_link_token_is_32_random_bytes_and_only_its_hash_is_kept()
    {
        var token = InvitationLink.NewToken();

        Assert.Equal(43, token.Length); // 32 bytes in base64url, unpadded
        Assert.NotEqual(token, InvitationLink.NewToken());
        Assert.Equal(32, InvitationLink.HashOf(token).Length);
        Assert.Equal("http://127.0.0.1:5109/s/" + token, InvitationLink.For("http://127.0.0.1:5109/", token));
    }

    [Fact]
    public void Not_reached_keeps_a_follow_up_open_and_counts_the_attempt_any_other_outcome_closes_it()
    {
        var task = FollowUpTask.Open(new FollowUpOpening(Guid.NewGuid(), "SH-JINGAN-01", "NPS 4",
            FollowUpSource.Detractor, new DateOnly(2026, 12, 3)), Now);

        Assert.True(task.Record(FollowUpOutcome.NotReached, "no answer", Now));
        Assert.Equal((FollowUpStatus.Open, 1), (task.Status, task.NotReachedAttempts));
        Assert.True(task.IsOverdue(new DateOnly(2026, 12, 4)));
        Assert.True(task.Record(FollowUpOutcome.Resolved, null, Now.AddDays(1)));
        Assert.Equal((FollowUpStatus.Closed, "no answer"), (task.Status, task.Note));
        Assert.False(task.IsOverdue(new DateOnly(2026, 12, 4)));
        Assert.False(task.Record(FollowUpOutcome.Complaint, null, Now.AddDays(2)));
    }
}
