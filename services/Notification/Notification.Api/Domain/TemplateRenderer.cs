using System.Text;
using System.Text.RegularExpressions;

namespace Loyalty.Notification.Api.Domain;

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
    public static (string? Text, IReadOnlyList<string> Missing) Render(string text, IReadOnlyDictionary<string, string> variables)
    {
        var missing = VariablesOf(text).Where(name => !variables.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        if (missing.Count > 0)
        {
            return (null, missing);
        }

        return (Placeholder().Replace(text, m => Clean(variables[m.Groups[1].Value])), []);
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
