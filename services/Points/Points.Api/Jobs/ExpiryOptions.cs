namespace Loyalty.Points.Api.Jobs;

/// <summary>"Expiry" section: how often the job runs and how far ahead members are warned.</summary>
public sealed class ExpiryOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan ReminderWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Members handled per run of each step, so one run never holds locks for long.</summary>
    public int BatchSize { get; set; } = 500;
}
