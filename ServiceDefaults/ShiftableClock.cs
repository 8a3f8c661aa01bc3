using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// The end-to-end tests' moved clock (Feedback's survey delays, Members' retention policy): the system clock plus an
/// offset that only moves forward. It exists only in the Development environment with <c>Clock:Shiftable=true</c>
/// (which only the end-to-end stack sets), so no deployed service can have its time moved. Timers still tick in real
/// time; what they find due reads this clock.
/// </summary>
public sealed class ShiftableTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(by.Ticks, nameof(by));
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}

public static class ShiftableClock
{
    public const string Setting = "Clock:Shiftable";

    public static bool IsOn(IHostApplicationBuilder builder) =>
        builder.Environment.IsDevelopment() && builder.Configuration.GetValue<bool>(Setting);

    public static void AddShiftableClock(this IHostApplicationBuilder builder)
    {
        if (IsOn(builder))
        {
            var clock = new ShiftableTimeProvider();
            builder.Services.AddSingleton(clock);
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        }
    }

    /// <summary>
    /// POST /dev/clock {"advanceDays": n} (admins) moves this service's clock n days on and answers the new now;
    /// mapped only where the shiftable clock is on, and left out of the OpenAPI document.
    /// </summary>
    public static void MapShiftableClock(this WebApplication app)
    {
        if (app.Services.GetService<ShiftableTimeProvider>() is not { } clock)
        {
            return;
        }

        app.MapPost("/dev/clock", (ClockAdvance request) =>
            {
                if (request.AdvanceDays is < 0 or > 400)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["advanceDays"] = ["advanceDays is 0 to 400."],
                    });
                }

                clock.Advance(TimeSpan.FromDays(request.AdvanceDays));
                return Results.Ok(new ClockMoved(clock.GetUtcNow(), clock.Offset));
            })
            .RequireAuthorization(Policies.Admin)
            .ExcludeFromDescription();
    }

    /// <summary>How far to move the clock on.</summary>
    public sealed record ClockAdvance(double AdvanceDays);

    /// <summary>The service's time after the move, and how far ahead of the system clock it is.</summary>
    public sealed record ClockMoved(DateTimeOffset Now, TimeSpan Offset);
}
