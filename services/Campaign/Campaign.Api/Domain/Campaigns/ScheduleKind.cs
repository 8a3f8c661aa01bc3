namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>How a scheduled campaign repeats (a campaign without one runs once at RunAt, or by hand).</summary>
public enum ScheduleKind
{
    /// <summary>Every RecurEveryDays days (7: weekly) from RunAt, at RunAt's clinic time of day.</summary>
    Recurring,

    /// <summary>
    /// Each year on YearlyDate ("MM-dd" or "spring-festival", the lunar new year) at ScheduleTime, clinic time.
    /// </summary>
    Yearly,

    /// <summary>
    /// On the 1st of each month at ScheduleTime (clinic time), for the members whose birth month it is.
    /// </summary>
    BirthdayMonth,
}
