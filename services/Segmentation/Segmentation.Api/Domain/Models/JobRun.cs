namespace Loyalty.Segmentation.Api.Domain.Models;

/// <summary>
/// A scheduled job's completed run for one clinic day; its primary key keeps replicas from running a day twice.
/// </summary>
public sealed class JobRun
{
    public required string Job { get; init; }

    public DateOnly RunDate { get; init; }

    public DateTimeOffset CompletedAt { get; init; }

    public const int MaxOutcomeLength = 500;

    public required string Outcome { get; init; }
}
