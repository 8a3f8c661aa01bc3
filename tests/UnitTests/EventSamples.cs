using System.Reflection;
using Loyalty.Contracts;

namespace Loyalty.UnitTests;

/// <summary>A plausible instance of any contract type, every field
/// filled (nullable ones too), built from its constructor.</summary>
public static class EventSamples
{
    public static readonly DateTimeOffset At = new(2026, 11, 22, 2, 15, 0, TimeSpan.Zero);

    public static IntegrationEvent Of(Type eventType)
    {
        var sample = (IntegrationEvent)Build(eventType);
        typeof(IntegrationEvent).GetProperty(nameof(IntegrationEvent.OccurredAt))!.SetValue(sample, At);
        return sample;
    }

    private static object Build(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke([.. constructor.GetParameters().Select(p => Value(p.ParameterType))]);
    }

    private static object Value(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(Guid) => Guid.CreateVersion7(),
            _ when type == typeof(string) => "SH-JINGAN-01",
            _ when type == typeof(decimal) => 1280.50m,
            _ when type == typeof(long) => 300L,
            _ when type == typeof(int) => 2,
            _ when type == typeof(bool) => true,
            _ when type == typeof(DateTimeOffset) => At,
            _ when type == typeof(DateOnly) => new DateOnly(1990, 5, 20),
            { IsEnum: true } => Enum.GetValues(type).GetValue(0)!,
            { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) =>
                new Dictionary<string, string> { ["memberName"] = "王丽" },
            { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) =>
                List(type.GetGenericArguments()[0]),
            _ when type.Namespace?.StartsWith("Loyalty.Contracts", StringComparison.Ordinal) == true => Build(type),
            _ => throw new NotSupportedException($"No sample for {type}"),
        };
    }

    private static object List(Type elementType)
    {
        var array = Array.CreateInstance(elementType, 1);
        array.SetValue(Value(elementType), 0);
        return array;
    }
}
