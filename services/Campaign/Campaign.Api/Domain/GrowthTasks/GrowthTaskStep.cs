namespace Loyalty.Campaign.Api.Domain.GrowthTasks;

/// <summary>One step counted towards a growth task, keyed by what made it ("purchase:{id}", "referee:{memberId}"), so a redelivered event never counts twice.</summary>
public sealed class GrowthTaskStep
{
    public Guid TaskId { get; init; }

    public required string StepRef { get; init; }

    public DateTimeOffset At { get; init; }
}
