namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>Retry policy of consumers ("EventBus" configuration section). After the last retry a message goes to its queue's _error queue.</summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryIntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);
}
