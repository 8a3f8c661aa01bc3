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

    /// <summary>The instant the clinics' calendar date <paramref name="date"/> begins (local midnight), in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
