namespace Loyalty.Console.Extensions;

/// <summary>The clinics' calendar and clock (Asia/Shanghai), whatever the server's own time zone.</summary>
public static class ClinicDay
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset Now(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    /// <summary>An instant as the clinics read it.</summary>
    public static string Show(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-dd HH:mm");
}
