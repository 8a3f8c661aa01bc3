namespace Loyalty.Feedback.Api.Domain.Surveys;

/// <summary>The survey seeded on first start: after a treatment, NPS, the three satisfactions, a comment.</summary>
public static class DefaultSurvey
{
    public const string Code = "after-treatment";

    public static SurveyDefinition Definition { get; } = new(
        Code,
        Text("治疗满意度回访", "After your treatment"),
        [
            new("nps", QuestionKind.Nps, true,
                Text("您有多大可能向朋友推荐我们？", "How likely are you to recommend us to a friend?")),
            new("treatment", QuestionKind.Satisfaction, true,
                Text("您对本次治疗效果满意吗？", "How satisfied are you with your treatment?"),
                SatisfactionSubject.Treatment),
            new("clinic", QuestionKind.Satisfaction, false,
                Text("您对门店环境和服务满意吗？", "How satisfied are you with the clinic?"), SatisfactionSubject.Clinic),
            new("advisor", QuestionKind.Satisfaction, false,
                Text("您对为您服务的顾问满意吗？", "How satisfied are you with your advisor?"),
                SatisfactionSubject.Advisor),
            new("comment", QuestionKind.Text, false, Text("还有什么想告诉我们的吗？", "Anything else you would like to tell us?")),
        ]);

    public static Dictionary<string, string> Text(string chinese, string english) =>
        new() { ["zh-CN"] = chinese, ["en"] = english };
}
