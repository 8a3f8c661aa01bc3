using Loyalty.Console.Api;
using Loyalty.Console.Localization;

namespace Loyalty.Console.Components.Pages.Segments;

/// <summary>How the marketing pages (segments and campaigns) word what the APIs answer.</summary>
public static class SegmentText
{
    /// <summary>
    /// A segment's name in the user's language: built-in names come as "New (新客)", English then Chinese; RFM names
    /// in English are translated; an operator's rule segment keeps the name she gave it.
    /// </summary>
    public static string NameOf(Text t, string apiName)
    {
        var open = apiName.LastIndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && apiName.EndsWith(')'))
        {
            return Text.IsChinese ? apiName[(open + 2)..^1] : apiName[..open];
        }

        return t[apiName];
    }

    /// <summary>A field's errors from the API, each shown in the user's language where the console knows it.</summary>
    public static string? ErrorOf(Text t, ApiProblem? problem, string field) =>
        problem?.Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value
            is { } errors
            ? string.Join(" ", errors.Select(e => t[e]))
            : null;

    /// <summary>The errors of several fields together (a rule row sets a min and a max).</summary>
    public static string? ErrorsOf(Text t, ApiProblem? problem, params string[] fields)
    {
        var errors = fields.Select(f => ErrorOf(t, problem, f)).OfType<string>().ToList();
        return errors.Count > 0 ? string.Join(" ", errors) : null;
    }

    public static string Kind(Text t, string kind) => kind switch
    {
        "Lifecycle" => t["Lifecycle"],
        "Rfm" => t["RFM"],
        "Rule" => t["Rule"],
        _ => kind,
    };

    public static string Layer(Text t, string? layer) => layer is null ? "—" : t[layer + " member"];

}
