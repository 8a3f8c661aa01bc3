namespace Loyalty.Console.Components.Shared;

/// <summary>A shopping festival a campaign can be scheduled on; Code is the API's yearlyDate for it.</summary>
public sealed record CampaignFestival(string Code, string English, DateOnly Date);

/// <summary>
/// The festivals Chinese clinics plan campaigns around: 618, Double 11, Double 12, Christmas and Spring Festival (the
/// lunar new year, whose date moves; the table is the one Campaign's scheduler also reaches through
/// ChineseLunisolarCalendar).
/// </summary>
public static class CampaignFestivals
{
    private static readonly Dictionary<int, DateOnly> SpringFestival = new()
    {
        [2025] = new(2025, 1, 29),
        [2026] = new(2026, 2, 17),
        [2027] = new(2027, 2, 6),
        [2028] = new(2028, 1, 26),
        [2029] = new(2029, 2, 13),
        [2030] = new(2030, 2, 3),
        [2031] = new(2031, 1, 23),
        [2032] = new(2032, 2, 11),
        [2033] = new(2033, 1, 31),
        [2034] = new(2034, 2, 19),
        [2035] = new(2035, 2, 8),
    };

    public static IEnumerable<CampaignFestival> In(int year)
    {
        if (SpringFestival.TryGetValue(year, out var springFestival))
        {
            yield return new("spring-festival", "Spring Festival", springFestival);
        }

        yield return new("618", "618", new DateOnly(year, 6, 18));
        yield return new("double-11", "Double 11", new DateOnly(year, 11, 11));
        yield return new("double-12", "Double 12", new DateOnly(year, 12, 12));
        yield return new("christmas", "Christmas", new DateOnly(year, 12, 25));
    }

    public static CampaignFestival? On(DateOnly date) => In(date.Year).FirstOrDefault(f => f.Date == date);

    /// <summary>The next occurrences from a day on, for the quick picks beside the calendar.</summary>
    public static IEnumerable<CampaignFestival> Upcoming(DateOnly from, int count) =>
        In(from.Year).Concat(In(from.Year + 1)).Where(f => f.Date >= from).OrderBy(f => f.Date).Take(count);
}
