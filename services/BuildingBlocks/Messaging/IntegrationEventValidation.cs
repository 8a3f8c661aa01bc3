using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Loyalty.Contracts;
using Loyalty.ServiceDefaults.Input;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// What every well-formed event must hold, whatever its type: ids are not the empty GUID, required text is present,
/// enums are defined values, money, points and counts are not negative (refunds, grants and quantities not zero),
/// timestamps and dates are <see cref="PlausibleDates"/> (as in requests) and birth dates not in the future, nested
/// lines and lists hold no nulls, and the schema version is one this build knows. Rules come from the property types
/// and their nullability, so a new event or field is covered without code. Problems name the field (camelCase path),
/// never its value: events carry personal data.
/// </summary>
public static class IntegrationEventValidation
{
    /// <summary>Quantities that zero makes meaningless, by contract type and property.</summary>
    private static readonly HashSet<(string Type, string Property)> MustBePositive =
    [
        ("PurchaseRefunded", "RefundAmount"), ("PurchaseItem", "Quantity"), ("PointsGrantRequested", "Points"),
    ];

    private static readonly ConcurrentDictionary<Type, PropertyRule[]> Rules = new();
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly object NullabilityLock = new();

    public static IReadOnlyList<string> Problems(IntegrationEvent integrationEvent, DateTimeOffset now)
    {
        var problems = new List<string>();
        var eventType = integrationEvent.GetType();
        if (integrationEvent.SchemaVersion < 1
            || integrationEvent.SchemaVersion > IntegrationEvent.CurrentSchemaVersion(eventType))
        {
            problems.Add($"schemaVersion {integrationEvent.SchemaVersion} is not one this service knows " +
                $"(1 to {IntegrationEvent.CurrentSchemaVersion(eventType)})");
        }

        Check(integrationEvent, "", DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)), problems);
        return problems;
    }

    /// <summary>The only calendar date in the contracts is a birth date: none lies ahead.</summary>
    private static void Check(object value, string path, DateOnly latestBirthDate, List<string> problems)
    {
        foreach (var rule in Rules.GetOrAdd(value.GetType(), RulesOf))
        {
            rule.Check(rule.Property.GetValue(value), path + rule.Name, latestBirthDate, problems);
        }
    }

    private static PropertyRule[] RulesOf(Type type)
    {
        lock (NullabilityLock) // NullabilityInfoContext is not thread-safe
        {
            return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => new PropertyRule(
                    p,
                    JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                    Nullability.Create(p),
                    MustBePositive.Contains((type.Name, p.Name))))
                .ToArray();
        }
    }

    private sealed record PropertyRule(PropertyInfo Property, string Name, NullabilityInfo Nullability, bool Positive)
    {
        public void Check(object? value, string path, DateOnly latestBirthDate, List<string> problems)
        {
            if (value is null)
            {
                if (Nullability.ReadState == NullabilityState.NotNull)
                {
                    problems.Add($"{path} is missing");
                }

                return;
            }

            if (Positive && Convert.ToDecimal(value, CultureInfo.InvariantCulture) == 0)
            {
                problems.Add($"{path} is zero");
            }

            CheckValue(value, path, latestBirthDate, problems);
        }

        private static void CheckValue(object value, string path, DateOnly latestBirthDate, List<string> problems)
        {
            switch (value)
            {
                case Guid id when id == Guid.Empty:
                    problems.Add($"{path} is the empty id");
                    break;
                case string text when string.IsNullOrWhiteSpace(text):
                    problems.Add($"{path} is empty");
                    break;
                case Enum member when !Enum.IsDefined(member.GetType(), member):
                    problems.Add($"{path} is not a {member.GetType().Name} value");
                    break;
                case decimal amount when amount < 0:
                case long count when count < 0:
                case int number when number < 0:
                    problems.Add($"{path} is negative");
                    break;
                case DateTimeOffset instant when !PlausibleDates.IsPlausible(instant):
                    problems.Add($"{path} is not {PlausibleDates.InstantRange}");
                    break;
                case DateOnly date when !PlausibleDates.IsPlausible(date) || date > latestBirthDate:
                    problems.Add($"{path} is not {PlausibleDates.DateRange}, or in the future");
                    break;
                case IDictionary entries:
                    foreach (DictionaryEntry entry in entries)
                    {
                        if (entry.Value is null)
                        {
                            problems.Add($"{path}.{entry.Key} is missing");
                        }
                    }

                    break;
                case IEnumerable items and not string:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is null)
                        {
                            problems.Add($"{path}[{index}] is missing");
                        }
                        else
                        {
                            CheckValue(item, $"{path}[{index}]", latestBirthDate, problems);
                        }

                        index++;
                    }

                    break;
                case var nested when IsContractRecord(nested.GetType()):
                    IntegrationEventValidation.Check(nested, path + ".", latestBirthDate, problems);
                    break;
            }
        }

        private static bool IsContractRecord(Type type) =>
            type.IsClass && type.Namespace?.StartsWith("Loyalty.Contracts", StringComparison.Ordinal) == true;
    }
}

/// <summary>
/// An event that cannot be true (an impossible value, or a reference the consumer's own data rules out). Retrying
/// cannot help: the retry policy lets it through at once, and MassTransit moves the message to the queue's _error
/// queue.
/// </summary>
public sealed class ImpossibleEventException(string eventType, Guid eventId, IReadOnlyList<string> problems)
    : Exception($"{eventType} {eventId} is impossible: {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
