namespace Loyalty.BuildingBlocks.Time;

/// <summary>
/// The clinics' local time (Asia/Shanghai, UTC+8 all year). Calendar rules — birthdays, "today", quiet hours — use
/// it.
/// </summary>
public static class ClinicTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset Now(TimeProvider timeProvider) =>
        TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), Zone);

    public static DateOnly Today(TimeProvider timeProvider) => DateOf(timeProvider.GetUtcNow());

    /// <summary>The clinics' calendar date at an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
