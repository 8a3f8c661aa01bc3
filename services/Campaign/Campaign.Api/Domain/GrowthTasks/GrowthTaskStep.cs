namespace Loyalty.Campaign.Api.Domain.GrowthTasks;

/// <summary>
/// One step counted towards a growth task, keyed by what made it ("purchase:{id}", "referee:{memberId}"), so a
/// redelivered event never counts twice.
/// </summary>
public sealed class GrowthTaskStep
{
    private GrowthTaskStep()
    {
    }

    public Guid TaskId { get; private set; }

    public string StepRef { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public static GrowthTaskStep For(GrowthTask task, string stepRef, DateTimeOffset at) =>
        new() { TaskId = task.Id, StepRef = stepRef, At = at };
}
