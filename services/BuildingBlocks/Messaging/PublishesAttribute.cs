using System.Collections.Concurrent;
using System.Reflection;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// What a service publishes, declared once on its assembly (<c>IntegrationEvents/PublishedEvents.cs</c>):
/// <c>[assembly: Publishes(typeof(PurchaseRecorded), ...)]</c>. The outbox refuses to stage an event its service did
/// not declare, and docs/events.md's flow table reads the declarations, so the table's "published by" is what the
/// code can publish. An assembly with no declaration (a test or benchmark model) may stage any event.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PublishesAttribute(params Type[] events) : Attribute
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlySet<Type>?> Declared = new();

    public IReadOnlyList<Type> Events { get; } = events;

    /// <summary>The events the assembly declares, or null when it declares none.</summary>
    public static IReadOnlySet<Type>? Of(Assembly assembly) => Declared.GetOrAdd(assembly, static assembly =>
        assembly.GetCustomAttributes<PublishesAttribute>().ToList() is { Count: > 0 } declarations
            ? declarations.SelectMany(a => a.Events).ToHashSet()
            : null);

    /// <summary>Throws when the service that owns <paramref name="context"/> has not declared the event.</summary>
    internal static void EnsureDeclared(Type context, Type eventType)
    {
        if (Of(context.Assembly) is { } declared && !declared.Contains(eventType))
        {
            throw new InvalidOperationException(
                $"{context.Assembly.GetName().Name} publishes {eventType.Name} without declaring it: add it to the " +
                "service's [assembly: Publishes(...)] (IntegrationEvents/PublishedEvents.cs) and docs/events.md.");
        }
    }
}
