using System.Globalization;
using Loyalty.BuildingBlocks.Time;

namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>
/// Occurrences of a repeating campaign, in clinic time (Asia/Shanghai), each with a run key that makes it idempotent:
/// "recurring:2026-11-23", "yearly:2026", "birthday:2026-11". The scheduler runs the latest occurrence that is due (at
/// or after the campaign's start) and has not run yet; a missed occurrence is caught up once, older ones are not.
/// </summary>
public static class CampaignSchedule
{
    public const string SpringFestival = "spring-festival";

    /// <summary>Yearly dates by their everyday names.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(
        StringComparer.OrdinalIgnoreCase)
    {
        ["618"] = "06-18", ["double-11"] = "11-11", ["double-12"] = "12-12", ["christmas"] = "12-25",
        [SpringFestival] = SpringFestival, ["lunar-new-year"] = SpringFestival,
    };

    public static readonly TimeOnly DefaultTime = new(10, 0);

    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>"MM-dd", "spring-festival" or an alias, as stored; null when it is none of these.</summary>
    public static string? NormalizeYearlyDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (Aliases.TryGetValue(value, out var known))
        {
            return known;
        }

        return DateOnly.TryParseExact(
            "2024-" + value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The Gregorian date of the lunar new year (春节) that falls in <paramref name="year"/>.</summary>
    public static DateOnly LunarNewYear(int year) => DateOnly.FromDateTime(Lunar.ToDateTime(year, 1, 1, 0, 0, 0, 0));

    /// <summary>
    /// The date of a yearly occurrence in <paramref name="year"/> (Feb 29 falls on Feb 28 in common years).
    /// </summary>
    public static DateOnly YearlyDateIn(string yearlyDate, int year)
    {
        if (yearlyDate == SpringFestival)
        {
            return LunarNewYear(year);
        }

        var (month, day) = (
            int.Parse(yearlyDate[..2], CultureInfo.InvariantCulture),
            int.Parse(yearlyDate[3..], CultureInfo.InvariantCulture));
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>A clinic date and time of day as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, ClinicTime.Zone.GetUtcOffset(local));
    }

    /// <summary>
    /// The latest occurrence at or before <paramref name="now"/> and not before the campaign's start, with its run key;
    /// null when none is due.
    /// </summary>
    public static (DateTimeOffset At, string RunKey)? Due(MarketingCampaign campaign, DateTimeOffset now)
    {
        var start = campaign.StartsAt ?? campaign.CreatedAt;
        var notBefore = campaign.Schedule switch
        {
            // A birthday campaign started mid-month still serves that month's birthdays.
            ScheduleKind.BirthdayMonth => At(
                new DateOnly(ClinicTime.DateOf(start).Year, ClinicTime.DateOf(start).Month, 1), TimeOnly.MinValue),
            ScheduleKind.Recurring => campaign.StartsAt ?? DateTimeOffset.MinValue,
            _ => start,
        };
        var time = campaign.ScheduleTime ?? DefaultTime;
        var today = ClinicTime.DateOf(now);
        (DateTimeOffset At, string RunKey)? due = campaign.Schedule switch
        {
            ScheduleKind.Recurring when campaign.RunAt is { } first && campaign.RecurEveryDays > 0 && now >= first =>
                Recurring(first, campaign.RecurEveryDays, now),
            ScheduleKind.Yearly when campaign.YearlyDate is { } date =>
                Latest(
                    now, At(YearlyDateIn(date, today.Year), time), At(YearlyDateIn(date, today.Year - 1), time),
                    "yearly:"),
            ScheduleKind.BirthdayMonth =>
                Latest(
                    now, At(new DateOnly(today.Year, today.Month, 1), time),
                    At(new DateOnly(today.Year, today.Month, 1).AddMonths(-1), time), "birthday:"),
            _ => null,
        };
        return due is { } d && d.At >= notBefore && (campaign.EndsAt is null || d.At < campaign.EndsAt) ? d : null;
    }

    /// <summary>The birth month a birthday run is for ("birthday:2026-11" → 11); null for other run keys.</summary>
    public static int? BirthMonthOf(string runKey) =>
        runKey.StartsWith("birthday:", StringComparison.Ordinal) && runKey.Length == "birthday:yyyy-MM".Length
        && int.TryParse(runKey[^2..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && month is >= 1 and <= 12
            ? month
            : null;

    private static (DateTimeOffset, string) Recurring(DateTimeOffset first, int everyDays, DateTimeOffset now)
    {
        var period = TimeSpan.FromDays(everyDays);
        var at = first + (period * Math.Floor((now - first) / period));
        return (at, "recurring:" + ClinicTime.DateOf(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static (DateTimeOffset, string) Latest(
        DateTimeOffset now, DateTimeOffset current, DateTimeOffset previous, string prefix)
    {
        var at = current <= now ? current : previous;
        var date = ClinicTime.DateOf(at);
        var key = prefix == "yearly:"
            ? date.Year.ToString(CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return (at, prefix + key);
    }
}
