using System.Globalization;
using Loyalty.Console.Extensions;

namespace Loyalty.Console.Api;

/// <summary>
/// What the operations pages (catalogue, messages, imports, admin) send and show beyond the clinics' clock and money
/// (<see cref="ClinicDay"/>, <see cref="Yuan"/>): instants in a query string, the APIs' names in words.
/// </summary>
public static class OpsFormat
{
    /// <summary>An instant as a query string value (ISO 8601 with its offset, escaped).</summary>
    public static string Query(DateTimeOffset instant) =>
        Uri.EscapeDataString(instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));

    /// <summary>
    /// The English phrase for a name the APIs send (an enum value, a scope), which the pages then translate: the
    /// English screen reads "No consent", not "NoConsent".
    /// </summary>
    public static string Label(string name) => Labels.GetValueOrDefault(name, name);

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["AmountOff"] = "Amount off",
        ["PercentOff"] = "Percentage off",
        ["FreeItem"] = "Free item",
        ["Sms"] = "SMS",
        ["NoConsent"] = "No consent",
        ["FrequencyCap"] = "Frequency cap",
        ["UnknownMember"] = "Unknown member",
        ["MemberErased"] = "Member erased",
        ["SignIn"] = "Sign-in code",
        ["loyalty.members.read"] = "Read members (loyalty.members.read)",
        ["loyalty.purchases.write"] = "Record purchases (loyalty.purchases.write)",
        ["loyalty.kpis.read"] = "Read KPIs (loyalty.kpis.read)",
    };
}
