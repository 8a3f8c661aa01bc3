namespace Loyalty.Notification.Api.Domain.Messages;

/// <summary>
/// The local-time window in which marketing is not sent (e.g. 21:00–09:00, crossing midnight). A message that
/// falls inside is deferred to the window's end, never dropped. Start == End means no quiet hours.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public static QuietHours Default { get; } = new(new TimeOnly(21, 0), new TimeOnly(9, 0));

    public bool Contains(TimeOnly local) =>
        Start != End && (Start < End ? local >= Start && local < End : local >= Start || local < End);

    /// <summary>
    /// When the quiet hours around <paramref name="now"/> end, or null if <paramref name="now"/> is outside them.
    /// </summary>
    public DateTimeOffset? DeferUntil(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!Contains(time))
        {
            return null;
        }

        var endDate = DateOnly.FromDateTime(local.DateTime);
        if (time >= End)
        {
            endDate = endDate.AddDays(1); // evening part of a window that crosses midnight
        }

        var endLocal = endDate.ToDateTime(End, DateTimeKind.Unspecified);
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
    }
}
