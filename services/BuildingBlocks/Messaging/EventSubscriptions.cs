using System.ComponentModel;
using System.Reflection;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// A service's subscriptions are its consumer classes: every <see cref="IdempotentConsumer{TEvent, TContext}"/> in its
/// assembly is registered, and the same list writes the "consumed by" table of docs/events.md (a test keeps the two
/// equal). Each consumer says what it does with a <see cref="DescriptionAttribute"/>.
/// </summary>
public static class EventSubscriptions
{
    public static IReadOnlyList<Subscription> In(Assembly serviceAssembly) =>
        serviceAssembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .Select(type => (Type: type, Event: ConsumedEvent(type)))
            .Where(found => found.Event is not null)
            .Select(found => new Subscription(
                found.Event!,
                found.Type,
                found.Type.GetCustomAttribute<DescriptionAttribute>()?.Description))
            .OrderBy(subscription => subscription.Event.Name, StringComparer.Ordinal)
            .ThenBy(subscription => subscription.Consumer.Name, StringComparer.Ordinal)
            .ToList();

    private static Type? ConsumedEvent(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(IdempotentConsumer<,>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }
}

/// <summary>One consumer of one event, and what it does (null when it does not say).</summary>
public sealed record Subscription(Type Event, Type Consumer, string? Does);
