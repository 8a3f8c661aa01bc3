using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Money on the wire is a JSON number (docs/events.md). MassTransit's serializer writes decimals as strings by
/// default (its StringDecimalJsonConverter); this replaces it. Strings are still read: events of schema version 1
/// were published that way and may still wait in queues.
/// </summary>
public sealed class DecimalNumberJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetDecimal();
        }

        if (reader.TokenType == JsonTokenType.String
            && decimal.TryParse(
                reader.GetString(),
                NumberStyles.Number | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture,
                out var value))
        {
            return value;
        }

        throw new JsonException($"Expected a decimal number, found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}
