namespace Loyalty.ServiceDefaults.Input;

/// <summary>
/// The dates a clinic chain's data can hold. Anything outside is a typo or a placeholder (0001-01-01, 9999-12-31)
/// that PostgreSQL stores as -infinity or date arithmetic overflows on, so requests refuse it naming the field.
/// </summary>
public static class PlausibleDates
{
    /// <summary>No purchase, visit or registration of a chain predates this instant.</summary>
    public static readonly DateTimeOffset EarliestInstant = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Schedules and validity may reach far ahead, but not past this instant.</summary>
    public static readonly DateTimeOffset LatestInstant = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Calendar dates include birth dates, so they start a century earlier.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    public static bool IsPlausible(DateTimeOffset instant) => instant >= EarliestInstant && instant < LatestInstant;

    public static bool IsPlausible(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public const string InstantRange = "between 2000-01-01 and 2100-01-01 (ISO 8601 with an offset)";

    public const string DateRange = "between 1900-01-01 and 2099-12-31 (yyyy-MM-dd)";
}
