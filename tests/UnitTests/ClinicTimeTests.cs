using Loyalty.BuildingBlocks.Time;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.UnitTests;

public class ClinicTimeTests
{
    [Fact]
    public void Today_is_the_date_in_Shanghai_not_in_UTC()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 11, 22), ClinicTime.Today(time));

        time.Advance(TimeSpan.FromMinutes(1)); // 16:00 UTC is midnight in Shanghai (UTC+8)
        Assert.Equal(new DateOnly(2026, 11, 23), ClinicTime.Today(time));
        Assert.Equal(TimeSpan.FromHours(8), ClinicTime.Now(time).Offset);
    }
}
