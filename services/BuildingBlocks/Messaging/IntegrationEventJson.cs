using System.Text.Json;
using System.Text.Json.Serialization;
using MassTransit.Serialization.JsonConverters;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// The one JSON shape of integration events, in the outbox and on the wire: camelCase, enums as strings, money as
/// numbers. Applied both to the outbox's own options and to MassTransit's serializer options.
/// </summary>
public static class IntegrationEventJson
{
    public static JsonSerializerOptions Options { get; } =
        Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }

        // MassTransit's default options carry a decimal converter that writes strings; ours writes numbers.
        foreach (var converter in options.Converters
            .Where(c => c is StringDecimalJsonConverter or DecimalNumberJsonConverter)
            .ToList())
        {
            options.Converters.Remove(converter);
        }

        options.Converters.Insert(0, new DecimalNumberJsonConverter());

        return options;
    }
}
