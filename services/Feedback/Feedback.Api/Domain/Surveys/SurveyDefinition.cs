using System.Text.RegularExpressions;

namespace Loyalty.Feedback.Api.Domain.Surveys;

/// <summary>
/// A survey as an operator writes it. <see cref="Validate"/> holds the rules: a code of lower-case words, both
/// languages for every text, unique question keys, at most one NPS question and one satisfaction per subject, a
/// choice with options.
/// </summary>
public sealed partial record SurveyDefinition(
    string Code,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyList<SurveyQuestion> Questions)
{
    public const int MaxQuestions = 30, MaxTextLength = 500, MaxKeyLength = 40;

    public static IReadOnlyList<string> Languages { get; } = ["zh-CN", "en"];

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!KeyPattern().IsMatch(Code) || Code.Length > MaxKeyLength)
        {
            errors["code"] = [$"code is lower-case letters, digits and dashes, up to {MaxKeyLength} characters."];
        }

        CheckText(Name, "name", errors);
        if (Questions.Count is 0 or > MaxQuestions)
        {
            errors["questions"] = [$"A survey asks 1 to {MaxQuestions} questions."];
        }

        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i] is null)
            {
                errors[$"questions[{i}]"] = ["A question is an object with key, kind, required and text."];
                return errors; // the checks across questions below read each one
            }

            CheckQuestion(Questions[i], $"questions[{i}]", errors);
        }

        if (Questions.GroupBy(q => q.Key).Any(g => g.Count() > 1))
        {
            errors["questions"] = ["Each question has its own key."];
        }

        if (Questions.Count(q => q.Kind == QuestionKind.Nps) > 1)
        {
            errors["questions"] = ["A survey asks at most one NPS question."];
        }

        if (Questions.Where(q => q.Kind == QuestionKind.Satisfaction).GroupBy(q => q.Subject).Any(g => g.Count() > 1))
        {
            errors["questions"] = ["A survey asks at most one satisfaction question per subject."];
        }

        return errors;
    }

    private static void CheckQuestion(SurveyQuestion question, string path, Dictionary<string, string[]> errors)
    {
        if (question.Key is null || !KeyPattern().IsMatch(question.Key) || question.Key.Length > MaxKeyLength)
        {
            errors[path + ".key"] = [$"key is lower-case letters, digits and dashes, up to {MaxKeyLength} characters."];
        }

        CheckText(question.Text, path + ".text", errors);
        if (question.Kind == QuestionKind.Satisfaction && question.Subject is null)
        {
            errors[path + ".subject"] = ["A satisfaction question names its subject: Treatment, Clinic or Advisor."];
        }
        else if (question.Kind != QuestionKind.Satisfaction && question.Subject is not null)
        {
            errors[path + ".subject"] = ["Only a satisfaction question has a subject."];
        }

        var options = question.Options ?? [];
        if (question.Kind == QuestionKind.Choice)
        {
            if (options.Count < 2 || options.Select(o => o?.Key).Distinct().Count() != options.Count)
            {
                errors[path + ".options"] = ["A choice question offers at least two options with their own keys."];
            }

            for (var i = 0; i < options.Count; i++)
            {
                if (options[i] is null)
                {
                    errors[$"{path}.options[{i}]"] = ["An option is an object with key and text."];
                    continue;
                }

                if (options[i].Key is null || !KeyPattern().IsMatch(options[i].Key))
                {
                    errors[$"{path}.options[{i}].key"] = ["key is lower-case letters, digits and dashes."];
                }

                CheckText(options[i].Text, $"{path}.options[{i}].text", errors);
            }
        }
        else if (options.Count > 0)
        {
            errors[path + ".options"] = ["Only a choice question has options."];
        }
    }

    private static void CheckText(
        IReadOnlyDictionary<string, string>? text, string path, Dictionary<string, string[]> errors)
    {
        if (text is null || Languages.Any(l => !text.TryGetValue(l, out var t) || string.IsNullOrWhiteSpace(t))
            || text.Keys.Any(k => !Languages.Contains(k)))
        {
            errors[path] = ["Give the wording in zh-CN and en (and no other language)."];
        }
        else if (text.Values.Any(t => t.Length > MaxTextLength))
        {
            errors[path] = [$"Each wording is at most {MaxTextLength} characters."];
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
