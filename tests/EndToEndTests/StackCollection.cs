namespace Loyalty.EndToEndTests;

/// <summary>One running stack for all end-to-end tests, which run one at a time (one of them stops RabbitMQ).</summary>
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}
