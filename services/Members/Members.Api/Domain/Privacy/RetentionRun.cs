namespace Loyalty.Members.Api.Domain.Privacy;

/// <summary>The retention job's run for one clinic day; its key keeps replicas from running a day twice.</summary>
public sealed class RetentionRun
{
    public DateOnly RunDate { get; init; }

    public DateTimeOffset CompletedAt { get; init; }

    public required string Outcome { get; init; }
}
