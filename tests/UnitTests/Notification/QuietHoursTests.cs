using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Application;

namespace Loyalty.UnitTests.Notification;

public class QuietHoursTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static DateTimeOffset ShanghaiTime(int day, int hour, int minute = 0) =>
        new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(23, 22, 30, 24)] // evening: until 09:00 the next morning
    [InlineData(24, 0, 10, 24)] // after midnight: until 09:00 the same day
    [InlineData(24, 8, 59, 24)]
    [InlineData(23, 21, 0, 24)] // the window starts at 21:00 sharp
    public void Inside_the_default_window_a_message_waits_until_09_00(int day, int hour, int minute, int endDay)
    {
        var until = QuietHours.Default.DeferUntil(ShanghaiTime(day, hour, minute), Shanghai);

        Assert.Equal(ShanghaiTime(endDay, 9), until);
        Assert.Equal(TimeSpan.Zero, until!.Value.Offset); // stored as UTC
    }

    [Theory]
    [InlineData(9, 0)]
    [InlineData(12, 0)]
    [InlineData(20, 59)]
    public void Outside_the_window_nothing_waits(int hour, int minute) =>
        Assert.Null(QuietHours.Default.DeferUntil(ShanghaiTime(23, hour, minute), Shanghai));

    [Fact]
    public void A_window_within_one_day_and_an_empty_window_work_too()
    {
        var lunch = new QuietHours(new TimeOnly(12, 0), new TimeOnly(14, 0));
        Assert.Equal(ShanghaiTime(23, 14), lunch.DeferUntil(ShanghaiTime(23, 13), Shanghai));
        Assert.Null(lunch.DeferUntil(ShanghaiTime(23, 14), Shanghai));
        Assert.Null(new QuietHours(new TimeOnly(9, 0), new TimeOnly(9, 0)).DeferUntil(ShanghaiTime(23, 3), Shanghai));
    }

    [Fact]
    public void Cap_windows_are_the_stores_calendar_day_and_iso_week()
    {
        // 23:30 on Sunday 29 November in Shanghai is still that
        // Sunday (and ISO week 48), though it is Sunday 15:30 UTC.
        Assert.Equal(("2026-11-29", "2026-W48"), CapWindows.At(ShanghaiTime(29, 23, 30), Shanghai));
        Assert.Equal(("2026-11-30", "2026-W49"), CapWindows.At(ShanghaiTime(30, 0, 30), Shanghai));
    }

    [Fact]
    public void Retries_back_off_doubling_up_to_the_maximum()
    {
        var options = new NotificationOptions { RetryDelay = TimeSpan.FromSeconds(30),
            MaxRetryDelay = TimeSpan.FromMinutes(5) };

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120),
                TimeSpan.FromSeconds(240), TimeSpan.FromMinutes(5)],
            Enumerable.Range(1, 5).Select(options.RetryDelayAfter));
    }
}
