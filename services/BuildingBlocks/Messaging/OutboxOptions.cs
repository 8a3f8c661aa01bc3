namespace Loyalty.BuildingBlocks.Messaging;

public sealed class OutboxOptions
{
    /// <summary>How often the dispatcher looks for pending rows when nothing signalled it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait between attempts of a message that keeps failing.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
