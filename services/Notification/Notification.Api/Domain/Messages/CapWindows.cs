using System.Globalization;

namespace Loyalty.Notification.Api.Domain.Messages;

/// <summary>
/// The calendar windows a marketing message counts in, in the member's store time zone: the day (yyyy-MM-dd) and
/// the ISO week (Monday to Sunday). Caps are "at most N per day and M per week" over these windows.
/// </summary>
public static class CapWindows
{
    public static (string Day, string Week) At(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return (local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):D2}");
    }
}
