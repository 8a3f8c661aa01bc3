using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ServiceDefaults.Input;

/// <summary>
/// How request bodies are read, the same in every service: a field the request does not have, an enum given as a
/// number, a null where the request has no "absent", a NUL character or a date outside <see cref="PlausibleDates"/>
/// are refused (400 naming the field), and every instant is kept as UTC whatever offset it was sent with.
/// </summary>
public static class JsonInput
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.Converters.Add(new TextWithoutNulConverter());
        options.Converters.Add(new UtcInstantConverter());
        options.Converters.Add(new PlausibleDateConverter());
        return options;
    }

    private sealed class TextWithoutNulConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonInputException("must be a JSON string.");
            }

            var text = reader.GetString()!;
            return text.Contains('\0', StringComparison.Ordinal)
                ? throw new JsonInputException("must not contain NUL (U+0000) characters.")
                : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }

    private sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(
            ref Utf8JsonReader reader,
            Type typeToConvert,
            JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var instant))
            {
                throw new JsonInputException($"must be a date and time {PlausibleDates.InstantRange}.");
            }

            return PlausibleDates.IsPlausible(instant)
                ? instant.ToUniversalTime()
                : throw new JsonInputException($"must be {PlausibleDates.InstantRange}.");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }

    private sealed class PlausibleDateConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String
                || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", out var date))
            {
                throw new JsonInputException($"must be a date {PlausibleDates.DateRange}.");
            }

            return PlausibleDates.IsPlausible(date)
                ? date
                : throw new JsonInputException($"must be {PlausibleDates.DateRange}.");
        }

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>A value the request's JSON has but the platform cannot take; the message completes "'field' ...".</summary>
public sealed class JsonInputException(string message) : JsonException(message);
