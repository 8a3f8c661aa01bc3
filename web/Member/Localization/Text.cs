using System.Globalization;
using System.Reflection;

namespace Loyalty.Member.Localization;

/// <summary>
/// The app's words: written in English in the pages (<c>@T["..."]</c>), shown in Chinese (zh-CN, the default) or in
/// English as she chose (the culture cookie). Each area keeps its Chinese in its own file of <see cref="ZhCn"/>; a
/// phrase without one shows in English.
/// </summary>
public sealed class Text
{
    private static readonly Dictionary<string, string> Chinese = ZhCn.All();

    public static bool IsChinese => !CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    /// <summary>A word with several meanings is written "context|Word"; English shows the word after the bar.</summary>
    public string this[string english] =>
        IsChinese && Chinese.TryGetValue(english, out var chinese) ? chinese : english[(english.IndexOf('|') + 1)..];

    /// <summary>A phrase with placeholders ({0}, {1}) filled after translating it.</summary>
    public string Format(string english, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, this[english], values);

    /// <summary>Wording an operator wrote in both languages (a survey), in hers; the other one if hers is missing.</summary>
    public static string Pick(IReadOnlyDictionary<string, string>? wording) =>
        wording is null ? ""
        : wording.TryGetValue(IsChinese ? "zh-CN" : "en", out var text) ? text
        : wording.Values.FirstOrDefault() ?? "";

    /// <summary>Yuan as a member reads it: ¥1,280.50, no decimals when whole.</summary>
    public static string Yuan(decimal amount) =>
        "¥" + amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A date in the clinics' time (Asia/Shanghai), as yyyy-MM-dd.</summary>
    public static string Day(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Shanghai).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}

/// <summary>Chinese for each English phrase, one dictionary per area (Localization/ZhCn.*.cs).</summary>
public static partial class ZhCn
{
    public static Dictionary<string, string> All() =>
        typeof(ZhCn).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Select(field => field.GetValue(null)).OfType<Dictionary<string, string>>()
            .SelectMany(area => area)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
}
