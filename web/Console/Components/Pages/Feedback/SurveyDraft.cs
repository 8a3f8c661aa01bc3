using Loyalty.Console.Api;

namespace Loyalty.Console.Components.Pages.Feedback;

/// <summary>
/// A survey as the operator edits it: each text in both languages side by side, a choice question's options one a
/// line ("key | 中文 | English"). The API, not the form, decides what is valid.
/// </summary>
public sealed class SurveyDraft
{
    public string? Code { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public List<QuestionDraft> Questions { get; } = [];

    /// <summary>A new survey starts with the NPS question, which most surveys ask.</summary>
    public static SurveyDraft Blank()
    {
        var draft = new SurveyDraft();
        draft.Questions.Add(new QuestionDraft
        {
            Key = "nps", Kind = "Nps", Required = true, TextZh = "您有多大可能向朋友推荐我们？",
            TextEn = "How likely are you to recommend us to a friend?",
        });
        return draft;
    }

    public static SurveyDraft From(SurveyVersion survey)
    {
        var draft = new SurveyDraft
        {
            Code = survey.Code, NameZh = survey.Name.GetValueOrDefault("zh-CN"),
            NameEn = survey.Name.GetValueOrDefault("en"),
        };
        draft.Questions.AddRange(survey.Questions.Select(q => new QuestionDraft
        {
            Key = q.Key, Kind = q.Kind, Subject = q.Subject, Required = q.Required,
            TextZh = q.Text.GetValueOrDefault("zh-CN"), TextEn = q.Text.GetValueOrDefault("en"),
            Options = string.Join('\n', (q.Options ?? []).Select(o =>
                $"{o.Key} | {o.Text.GetValueOrDefault("zh-CN")} | {o.Text.GetValueOrDefault("en")}")),
        }));
        return draft;
    }

    public SurveyDefinition ToDefinition() => new(
        Code?.Trim() ?? "", Bilingual(NameZh, NameEn), [.. Questions.Select(q => q.ToQuestion())]);

    internal static Dictionary<string, string> Bilingual(string? chinese, string? english) => new()
    {
        ["zh-CN"] = chinese?.Trim() ?? "",
        ["en"] = english?.Trim() ?? "",
    };
}

/// <summary>One question of a <see cref="SurveyDraft"/>.</summary>
public sealed class QuestionDraft
{
    public string? Key { get; set; }
    public string Kind { get; set; } = "Satisfaction";
    public string? Subject { get; set; } = "Treatment";
    public bool Required { get; set; }
    public string? TextZh { get; set; }
    public string? TextEn { get; set; }
    public string? Options { get; set; }

    public SurveyQuestion ToQuestion() => new(
        Key?.Trim() ?? "", Kind, Required, SurveyDraft.Bilingual(TextZh, TextEn),
        Kind == "Satisfaction" ? Subject : null,
        Kind == "Choice" ? [.. OptionLines()] : null);

    private IEnumerable<SurveyOption> OptionLines() =>
        (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(parts => new SurveyOption(parts[0],
                SurveyDraft.Bilingual(parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2))));
}
