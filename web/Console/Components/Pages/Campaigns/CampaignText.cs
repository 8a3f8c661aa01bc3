using Loyalty.Console.Api;
using Loyalty.Console.Components.Pages.Segments;
using Loyalty.Console.Extensions;
using Loyalty.Console.Localization;

namespace Loyalty.Console.Components.Pages.Campaigns;

/// <summary>How the campaign pages word a campaign: its trigger, audience, schedule and actions.</summary>
public static class CampaignText
{
    public static readonly string[] Statuses = ["Draft", "Active", "Paused", "Ended"];

    public static readonly string[] Triggers =
        ["Schedule", "SegmentEntered", "PointsExpiringSoon", "FirstPurchase", "TierUpgraded", "DetractorAnswered"];

    public static readonly string[] Channels = ["Sms", "WeChat", "Email", "Push"];

    /// <summary>The lifecycle segments a budget is split over, with the API's default shares.</summary>
    public static readonly (string Code, string English, int Percent)[] BudgetSegments =
    [
        ("lifecycle-new", "New member", 20),
        ("lifecycle-active", "Active member", 50),
        ("lifecycle-dormant", "Dormant member", 30),
    ];

    /// <summary>The API's enum names as people read them (FrequencyCapped: "Frequency capped").</summary>
    public static string Named(Text t, string? name) => name switch
    {
        null => "—",
        "FrequencyCapped" => t["Frequency capped"],
        "BudgetExhausted" => t["Budget exhausted"],
        "LimitReached" => t["Limit reached"],
        "SecondPurchase" => t["Second purchase"],
        "InviteFriends" => t["Invite friends"],
        "Sms" => t["SMS"],
        _ => t[name],
    };

    /// <summary>A budget share's lifecycle segment by name.</summary>
    public static string ShareName(Text t, string? shareKey) =>
        BudgetSegments.FirstOrDefault(s => s.Code == shareKey) is { Code: not null } s
            ? t[s.English]
            : shareKey ?? "—";

    public static string TriggerName(Text t, string trigger) => trigger switch
    {
        "Schedule" => t["On a schedule"],
        "SegmentEntered" => t["When a member enters a segment"],
        "PointsExpiringSoon" => t["When points are about to expire"],
        "FirstPurchase" => t["After the first purchase"],
        "TierUpgraded" => t["When a member moves up a tier"],
        "DetractorAnswered" => t["When a member answers as a detractor"],
        _ => trigger,
    };

    public static string Trigger(Text t, MarketingCampaign c, IReadOnlyDictionary<string, string> names) =>
        c.Trigger switch
    {
        "SegmentEntered" => t.Format("Enters {0}", NameOf(names, c.TriggerSegment)),
        "Schedule" => Schedule(t, c),
        _ => TriggerName(t, c.Trigger),
    };

    public static string Schedule(Text t, MarketingCampaign c) => c.Schedule switch
    {
        "Recurring" => t.Format("Every {0} days from {1}", c.RecurEveryDays, ClinicDay.Time(c.RunAt)),
        "Yearly" => t.Format("Every year on {0}", YearlyName(t, c.YearlyDate)),
        "BirthdayMonth" => t["Birthday month (1st of each month)"],
        _ => c.RunAt is { } at ? t.Format("Once at {0}", ClinicDay.Time(at)) : t["Once, run by hand"],
    };

    public static string YearlyName(Text t, string? yearlyDate) => yearlyDate switch
    {
        // The API keeps fixed festivals as their MM-dd.
        "618" or "06-18" => "618",
        "double-11" or "11-11" => t["Double 11"],
        "double-12" or "12-12" => t["Double 12"],
        "christmas" or "12-25" => t["Christmas"],
        "spring-festival" => t["Spring Festival"],
        _ => yearlyDate ?? "?",
    };

    public static string Audience(Text t, MarketingCampaign c, IReadOnlyDictionary<string, string> names) =>
        c.Trigger != "Schedule" ? t["Members the trigger fires for"]
        : c.AllMembers ? t["All members"]
        : string.Join(", ", c.TargetSegments.Select(code => NameOf(names, code)));

    /// <summary>Segment names by code, in the user's language, for naming a campaign's segments.</summary>
    public static Dictionary<string, string> SegmentNames(Text t, IEnumerable<SegmentSummary> segments) =>
        segments.ToDictionary(s => s.Code, s => SegmentText.NameOf(t, s.Name));

    private static string NameOf(IReadOnlyDictionary<string, string> names, string? code) =>
        code is null ? "?" : names.GetValueOrDefault(code) ?? code;

    public static string Actions(Text t, MarketingCampaign c)
    {
        var actions = new List<string>();
        if (c.CouponTemplateId is not null)
        {
            actions.Add(t["Coupon"]);
        }

        if (c.BonusPoints > 0)
        {
            actions.Add(t.Format("{0} bonus points", c.BonusPoints.ToString("N0")));
        }

        if (c.MessageTemplate is { } message)
        {
            actions.Add(t.Format("Message {0} by {1}", message, Named(t, c.MessageChannel)));
        }

        if (c.GrowthTask is { } task)
        {
            actions.Add(t.Format("Growth task: {0}", Named(t, task)));
        }

        return actions.Count > 0 ? string.Join(" · ", actions) : "—";
    }

    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %" : "—";
}
