using System.Globalization;

namespace Loyalty.Console.Extensions;

/// <summary>
/// The clinics' calendar and clock (Asia/Shanghai), whatever the server's own time zone: how every page reads "now"
/// (from <see cref="TimeProvider"/>), shows an instant, and turns a clinic date into the instant an API takes.
/// </summary>
public static class ClinicDay
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset Now(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    /// <summary>An instant as the clinics' wall clock reads it.</summary>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static string Time(DateTimeOffset? instant) => Show(instant, "yyyy-MM-dd HH:mm");

    public static string TimeWithSeconds(DateTimeOffset? instant) => Show(instant, "yyyy-MM-dd HH:mm:ss");

    public static string Date(DateTimeOffset? instant) => Show(instant, "yyyy-MM-dd");

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A clinic date and time of day as the instant (with its offset) the APIs take.</summary>
    public static DateTimeOffset At(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.FromTimeSpan(timeOfDay));
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The instant a clinic day starts (00:00), for an API's from/to filter.</summary>
    public static DateTimeOffset StartOf(DateTime day) => At(DateOnly.FromDateTime(day), TimeSpan.Zero);

    private static string Show(DateTimeOffset? instant, string format) =>
        instant is { } at ? Local(at).ToString(format, CultureInfo.InvariantCulture) : "—";
}

/// <summary>Money as the clinics read it: ¥ with two decimals.</summary>
public static class Yuan
{
    public static string Show(decimal? amount) =>
        amount is { } yuan ? "¥" + yuan.ToString("#,##0.00", CultureInfo.InvariantCulture) : "—";
}
