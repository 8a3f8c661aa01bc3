using System.Text.Json;

namespace Loyalty.Feedback.Api.Domain.Surveys;

/// <summary>
/// A member's answers checked against the version she was asked: each value fits its question (NPS 0–10, satisfaction
/// 1–5, a choice's option key, text up to <see cref="MaxTextLength"/> characters), every required question answered,
/// no answer to a question the survey does not ask. Errors name <c>answers.&lt;key&gt;</c>.
/// </summary>
public sealed record SurveyAnswers(
    IReadOnlyDictionary<string, string> Values,
    int? Nps,
    int? TreatmentSatisfaction,
    int? ClinicSatisfaction,
    int? AdvisorSatisfaction)
{
    public const int MaxTextLength = 1000;

    public static SurveyAnswers Read(
        Survey survey, IReadOnlyDictionary<string, JsonElement> answers, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var values = new Dictionary<string, string>();
        var scores = new Dictionary<QuestionKind, int>();
        var satisfaction = new Dictionary<SatisfactionSubject, int>();
        foreach (var key in answers.Keys.Where(key => survey.Questions.All(q => q.Key != key)))
        {
            errors["answers." + key] = ["This survey asks no such question."];
        }

        foreach (var question in survey.Questions)
        {
            var field = "answers." + question.Key;
            if (!answers.TryGetValue(question.Key, out var answer) || answer.ValueKind == JsonValueKind.Null)
            {
                if (question.Required)
                {
                    errors[field] = ["This question must be answered."];
                }

                continue;
            }

            switch (question.Kind)
            {
                case QuestionKind.Nps or QuestionKind.Satisfaction:
                    var (lowest, highest) = question.Kind == QuestionKind.Nps ? (0, 10) : (1, 5);
                    if (answer.ValueKind != JsonValueKind.Number || !answer.TryGetInt32(out var score)
                        || score < lowest || score > highest)
                    {
                        errors[field] = [$"The answer is a whole number from {lowest} to {highest}."];
                        continue;
                    }

                    if (question.Kind == QuestionKind.Nps)
                    {
                        scores[QuestionKind.Nps] = score;
                    }
                    else
                    {
                        satisfaction[question.Subject!.Value] = score;
                    }

                    values[question.Key] = score.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case QuestionKind.Choice:
                    if (answer.ValueKind != JsonValueKind.String
                        || (question.Options ?? []).All(o => o.Key != answer.GetString()))
                    {
                        errors[field] = ["The answer is the key of one of the question's options."];
                        continue;
                    }

                    values[question.Key] = answer.GetString()!;
                    break;
                default:
                    if (answer.ValueKind != JsonValueKind.String || answer.GetString()!.Length > MaxTextLength)
                    {
                        errors[field] = [$"The answer is text of at most {MaxTextLength} characters."];
                        continue;
                    }

                    if (answer.GetString()!.Trim() is { Length: > 0 } text)
                    {
                        values[question.Key] = text;
                    }
                    else if (question.Required)
                    {
                        errors[field] = ["This question must be answered."];
                    }

                    break;
            }
        }

        return new SurveyAnswers(
            values,
            scores.TryGetValue(QuestionKind.Nps, out var nps) ? nps : null,
            Of(SatisfactionSubject.Treatment),
            Of(SatisfactionSubject.Clinic),
            Of(SatisfactionSubject.Advisor));

        int? Of(SatisfactionSubject subject) => satisfaction.TryGetValue(subject, out var s) ? s : null;
    }

    /// <summary>The lowest satisfaction she gave, if she gave any.</summary>
    public int? LowestSatisfaction =>
        new[] { TreatmentSatisfaction, ClinicSatisfaction, AdvisorSatisfaction }.Min();
}
