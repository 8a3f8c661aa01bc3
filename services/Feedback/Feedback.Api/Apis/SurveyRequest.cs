using Loyalty.Feedback.Api.Domain.Surveys;
using Loyalty.ServiceDefaults;

namespace Loyalty.Feedback.Api.Apis;

/// <summary>A survey as an operator writes it: a new one (POST) or the next version of one (PUT).</summary>
/// <param name="Code">Lower-case words with dashes (e.g. after-treatment); on PUT it must be the path's code.</param>
/// <param name="Name">The survey's name: {"zh-CN": "...", "en": "..."}.</param>
/// <param name="Questions">The questions in order: kind Nps (0–10, at most one), Satisfaction (1–5, subject
/// Treatment, Clinic or Advisor, at most one each), Choice (options) or Text; wording in zh-CN and en.</param>
public sealed record SurveyRequest(
    string Code,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyList<SurveyQuestion> Questions) : IRequestExample<SurveyRequest>
{
    public static SurveyRequest Example { get; } = new(
        "after-laser",
        DefaultSurvey.Text("激光治疗回访", "After your laser treatment"),
        [
            .. DefaultSurvey.Definition.Questions.Take(2),
            new SurveyQuestion("found-us", QuestionKind.Choice, false,
                DefaultSurvey.Text("您是如何知道我们的？", "How did you find us?"),
                Options:
                [
                    new ChoiceOption("friend", DefaultSurvey.Text("朋友推荐", "A friend")),
                    new ChoiceOption("wechat", DefaultSurvey.Text("微信", "WeChat")),
                ]),
        ]);

    public SurveyDefinition ToDefinition() => new(Code.Trim(), Name, Questions);

    /// <summary>The first required field the JSON left out, with its message (the rules check the rest).</summary>
    public Dictionary<string, string[]> Missing() => Fields.Missing(
        ("code", Code), ("name", Name), ("questions", Questions));
}

/// <summary>The next version of a survey: its wording and questions (the code is the path's).</summary>
/// <param name="Name">The survey's name: {"zh-CN": "...", "en": "..."}.</param>
/// <param name="Questions">The questions in order, as for a new survey.</param>
/// <param name="Code">Optional; when given it must be the path's code.</param>
public sealed record SurveyRevision(
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyList<SurveyQuestion> Questions,
    string? Code = null) : IRequestExample<SurveyRevision>
{
    public static SurveyRevision Example { get; } =
        new(SurveyRequest.Example.Name, SurveyRequest.Example.Questions);

    public Dictionary<string, string[]> Missing(string code)
    {
        var errors = Fields.Missing(("name", Name), ("questions", Questions));
        if (Code is not null && !string.Equals(Code.Trim(), code, StringComparison.Ordinal))
        {
            errors["code"] = ["code must be the survey's code in the path (or left out)."];
        }

        return errors;
    }

    public SurveyDefinition ToDefinition(string code) => new(code, Name, Questions);
}

/// <summary>One version of a survey.</summary>
/// <param name="Code">The survey's code.</param>
/// <param name="Version">Its version, from 1; answers name the version they answered.</param>
/// <param name="Name">Its name in zh-CN and en.</param>
/// <param name="Questions">Its questions in order.</param>
/// <param name="CreatedAt">When this version was written.</param>
public sealed record SurveyResponse(
    string Code,
    int Version,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyList<SurveyQuestion> Questions,
    DateTimeOffset CreatedAt)
{
    public static SurveyResponse From(Survey survey) =>
        new(survey.Code, survey.Version, survey.Name, survey.Questions, survey.CreatedAt);
}

/// <summary>The latest version of a survey, in a list.</summary>
/// <param name="Code">The survey's code.</param>
/// <param name="Version">Its latest version.</param>
/// <param name="Name">Its name in zh-CN and en.</param>
/// <param name="QuestionCount">How many questions it asks.</param>
/// <param name="CreatedAt">When the latest version was written.</param>
public sealed record SurveySummary(
    string Code, int Version, IReadOnlyDictionary<string, string> Name, int QuestionCount, DateTimeOffset CreatedAt)
{
    public static SurveySummary From(Survey survey) =>
        new(survey.Code, survey.Version, survey.Name, survey.Questions.Count, survey.CreatedAt);
}

/// <summary>An operator's send of a survey to a segment's members.</summary>
/// <param name="SegmentCode">The segment (e.g. lifecycle-dormant), as Segmentation names it.</param>
public sealed record SendRequest(string SegmentCode) : IRequestExample<SendRequest>
{
    public static SendRequest Example { get; } = new("lifecycle-dormant");

    public Dictionary<string, string[]> Missing() => Fields.Missing(("segmentCode", SegmentCode));
}

/// <summary>How many members a send invited, and how many the invitation rules skipped.</summary>
/// <param name="Invited">Invitations scheduled to go out now.</param>
/// <param name="Skipped">Members not invited: asked too recently, or no consent for the channel.</param>
public sealed record SendResponse(int Invited, int Skipped);
