namespace Loyalty.Feedback.Api.Domain.Surveys;

/// <summary>
/// One question of a survey version: its key (what an answer names), kind, subject (satisfaction only), whether it
/// must be answered, its wording in both languages and, for a choice, its options.
/// </summary>
public sealed record SurveyQuestion(
    string Key,
    QuestionKind Kind,
    bool Required,
    IReadOnlyDictionary<string, string> Text,
    SatisfactionSubject? Subject = null,
    IReadOnlyList<ChoiceOption>? Options = null);

/// <summary>One option of a choice question.</summary>
public sealed record ChoiceOption(string Key, IReadOnlyDictionary<string, string> Text);
