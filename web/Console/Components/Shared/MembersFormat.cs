using System.Globalization;
using Loyalty.Console.Extensions;

namespace Loyalty.Console.Components.Shared;

/// <summary>
/// How the Members and Front desk pages show points, categories and ids (money and times: <see cref="Yuan"/>,
/// <see cref="ClinicDay"/>).
/// </summary>
public static class MembersFormat
{
    /// <summary>Points with a sign, so a deduction reads as one.</summary>
    public static string SignedPoints(long points) =>
        (points > 0 ? "+" : "") + points.ToString("N0", CultureInfo.InvariantCulture);

    public static string Points(long points) => points.ToString("N0", CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, string> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["injectables"] = "Injectables",
        ["laser"] = "Laser",
        ["skincare"] = "Skincare",
        ["body"] = "Body care",
    };

    /// <summary>A treatment category in words (English, to translate); one the chain added later as it is.</summary>
    public static string CategoryLabel(string category) => Categories.GetValueOrDefault(category, category);

    /// <summary>
    /// An order id for the till: store, clinic time (one a person at the desk recognises) and a short random part,
    /// editable before sending.
    /// </summary>
    public static string NewOrderId(string? storeId, TimeProvider time) =>
        $"POS-{(string.IsNullOrEmpty(storeId) ? "DESK" : storeId)}-"
        + ClinicDay.Now(time).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-"
        + Random.Shared.Next(100, 1000).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether what was typed is a phone number in any spelling (+86, spaces, dashes, brackets) rather than a name.
    /// </summary>
    public static bool LooksLikePhone(string text)
    {
        var digits = text.Count(char.IsAsciiDigit);
        return digits >= 7 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '.');
    }
}
