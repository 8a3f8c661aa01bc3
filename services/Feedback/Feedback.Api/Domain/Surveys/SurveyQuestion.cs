namespace Loyalty.Feedback.Api.Domain.Surveys;

/// <summary>One question of a survey version.</summary>
/// <param name="Key">What an answer names (lower-case words with dashes, e.g. nps, found-us).</param>
/// <param name="Kind">Nps (0–10), Satisfaction (1–5), Choice (one option's key) or Text (up to 1000
/// characters).</param>
/// <param name="Required">Whether it must be answered.</param>
/// <param name="Text">The wording: {"zh-CN": "...", "en": "..."}.</param>
/// <param name="Subject">For a satisfaction question: Treatment, Clinic or Advisor.</param>
/// <param name="Options">For a choice question: its options (at least two).</param>
public sealed record SurveyQuestion(
    string Key,
    QuestionKind Kind,
    bool Required,
    IReadOnlyDictionary<string, string> Text,
    SatisfactionSubject? Subject = null,
    IReadOnlyList<ChoiceOption>? Options = null);

/// <summary>One option of a choice question.</summary>
/// <param name="Key">What the answer names (lower-case words with dashes).</param>
/// <param name="Text">The wording: {"zh-CN": "...", "en": "..."}.</param>
public sealed record ChoiceOption(string Key, IReadOnlyDictionary<string, string> Text);
