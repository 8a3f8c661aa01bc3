using System.Collections.Frozen;
using Loyalty.Contracts;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>Maps the type names stored in the outbox back to the contract types.</summary>
public static class IntegrationEventTypes
{
    public static IReadOnlyCollection<Type> All { get; } = typeof(IntegrationEvent).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(IntegrationEvent).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    private static readonly FrozenDictionary<string, Type> ByName =
        All.ToFrozenDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static string NameOf(Type eventType) => eventType.FullName
        ?? throw new ArgumentException($"{eventType} has no full name", nameof(eventType));

    public static Type Resolve(string name) => ByName.TryGetValue(name, out var type)
        ? type
        : throw new InvalidOperationException(
            $"Unknown integration event type '{name}'. Is the contracts assembly up to date?");
}
