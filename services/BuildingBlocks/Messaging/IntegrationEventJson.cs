using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>The one JSON shape of integration events, in the outbox and on the wire: camelCase, enums as strings.</summary>
public static class IntegrationEventJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }

        return options;
    }
}
