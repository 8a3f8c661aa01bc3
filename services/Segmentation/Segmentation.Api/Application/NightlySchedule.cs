namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// When the nightly run is due: from the configured local time on each local day. A day whose time has passed is due
/// until some replica records its run (so a service that was down at 02:00 catches up when it starts).
/// </summary>
public static class NightlySchedule
{
    /// <summary>The local day whose run is due at <paramref name="now"/>, or null before the day's run time.</summary>
    public static DateOnly? DueDay(DateTimeOffset now, TimeZoneInfo zone, TimeOnly runAt)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return TimeOnly.FromDateTime(local.DateTime) >= runAt ? DateOnly.FromDateTime(local.DateTime) : null;
    }
}
