namespace Loyalty.EndToEndTests;

/// <summary>One running stack for all end-to-end tests, which run one at a time (one of them stops RabbitMQ).</summary>
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}

/// <summary>
/// A platform of its own whose Feedback and Members clocks tests may move days on (the survey flow's delay and link
/// expiry, the retention policy),
/// started only when such a test runs.
/// </summary>
public sealed class MovedClockStackFixture() : StackFixture("clock", portOffset: 30, redisDatabase: 4, movedClock: true);

[CollectionDefinition(Name)]
public sealed class MovedClockStackCollection : ICollectionFixture<MovedClockStackFixture>
{
    public const string Name = "moved-clock-stack";
}
