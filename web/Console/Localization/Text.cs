using System.Globalization;
using System.Reflection;

namespace Loyalty.Console.Localization;

/// <summary>
/// The console's words: written in English in the pages, shown in Chinese (zh-CN, the default) or English as the
/// user chose (the culture cookie). Each area keeps its translations in its own file of <see cref="ZhCn"/>; a phrase
/// without one shows in English. The areas' files make one dictionary, so a word that means different things in two
/// areas is qualified by its context (see the indexer).
/// </summary>
public sealed class Text
{
    private static readonly Dictionary<string, string> Chinese = ZhCn.All();

    public static bool IsChinese => !CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    /// <summary>
    /// The phrase in the user's language. A word with several meanings is written "context|Word" ("campaign|Active",
    /// "account|Active"): each meaning has its own Chinese, and English shows the word after the bar.
    /// </summary>
    public string this[string english] =>
        IsChinese && Chinese.TryGetValue(english, out var chinese) ? chinese : english[(english.IndexOf('|') + 1)..];

    /// <summary>A phrase with placeholders ({0}, {1}) filled after translating it.</summary>
    public string Format(string english, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, this[english], values);
}

/// <summary>
/// Chinese for each English phrase, one dictionary per area (Localization/ZhCn.*.cs): every static field of this class
/// that is a dictionary is part of it.
/// </summary>
public static partial class ZhCn
{
    public static Dictionary<string, string> All()
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in typeof(ZhCn).GetFields(
                     BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
        {
            if (field.GetValue(null) is Dictionary<string, string> area)
            {
                foreach (var (english, chinese) in area)
                {
                    all[english] = chinese;
                }
            }
        }

        return all;
    }
}
