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

/// <summary>
/// A platform of its own with two processes of every service behind the gateway (docs/deployment.md), for the tests
/// that crash replicas; started only when such a test runs. Replicas listen 10 ports above the first.
/// </summary>
public sealed class ReplicaStackFixture() : StackFixture("replica", portOffset: 60, redisDatabase: 5, replicas: 2);

[CollectionDefinition(Name)]
public sealed class ReplicaStackCollection : ICollectionFixture<ReplicaStackFixture>
{
    public const string Name = "replica-stack";
}
