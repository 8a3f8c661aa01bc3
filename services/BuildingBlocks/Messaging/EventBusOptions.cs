namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Consumers' retry policy and concurrency ("EventBus" configuration section). After the last retry a message goes to
/// its queue's _error queue.
/// </summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryIntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Messages each queue's consumer handles at once. Every handler holds a database connection and usually a member's
    /// row lock; a service has a queue per event type, so this times its busy queues must stay within its connection
    /// pool.
    /// </summary>
    public int ConcurrentMessageLimit { get; set; } = 4;

    /// <summary>Messages RabbitMQ delivers to each queue's consumer ahead of acknowledgement.</summary>
    public int PrefetchCount { get; set; } = 8;
}
