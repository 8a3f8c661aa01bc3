namespace Loyalty.Segmentation.Engine.Summaries;

public static class TimeUnits
{
    /// <summary>The average Gregorian month.</summary>
    public const double DaysPerMonth = 365.25 / 12;

    public static double DaysPer(this TimeUnit unit) => unit == TimeUnit.Weeks ? 7 : 1;

    public static double PerMonth(this TimeUnit unit) => DaysPerMonth / unit.DaysPer();
}
