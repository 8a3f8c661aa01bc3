using System.Text;
using System.Text.RegularExpressions;

namespace Loyalty.Notification.Api.Domain.Templates;

/// <summary>
/// Fills "{{name}}" placeholders in one pass. Safe by construction: a value is inserted as plain text and never
/// read again as a template (a value containing "{{x}}" stays literally that), control characters in values are
/// dropped and a value is cut at <see cref="MaxValueLength"/>. A placeholder without a value is an error, not a hole.
/// </summary>
public static partial class TemplateRenderer
{
    public const int MaxValueLength = 200;

    /// <summary>The variable names a template text uses, in order of first use.</summary>
    public static IReadOnlyList<string> VariablesOf(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The rendered text, or the names of the variables that had no value (then Text is null).</summary>
    public static (string? Text, IReadOnlyList<string> Missing) Render(
        string text, IReadOnlyDictionary<string, string> variables)
    {
        var missing = VariablesOf(text)
            .Where(name => !variables.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value))
            .ToList();
        if (missing.Count > 0)
        {
            return (null, missing);
        }

        return (Placeholder().Replace(text, m => Clean(variables[m.Groups[1].Value])), []);
    }

    /// <summary>
    /// A message's subject (when it has one) and body rendered with the same variables, or the names of every
    /// variable either lacks (then Body is null).
    /// </summary>
    public static (string? Subject, string? Body, IReadOnlyList<string> Missing) RenderMessage(
        string? subject, string body, IReadOnlyDictionary<string, string> variables)
    {
        var (renderedBody, missing) = Render(body, variables);
        var (renderedSubject, missingInSubject) = subject is null ? (null, []) : Render(subject, variables);
        var allMissing = missing.Union(missingInSubject).ToList();
        return allMissing.Count > 0 ? (null, null, allMissing) : (renderedSubject, renderedBody, []);
    }

    private static string Clean(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxValueLength));
        foreach (var c in value.Trim())
        {
            if (builder.Length == MaxValueLength)
            {
                break;
            }

            if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
