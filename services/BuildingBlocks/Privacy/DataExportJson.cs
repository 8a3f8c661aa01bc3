using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.BuildingBlocks.Privacy;

/// <summary>
/// How every service writes its part of a member's data export: camelCase JSON, enums as strings, money as numbers,
/// readable (the archive is for a person).
/// </summary>
public static class DataExportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<TPart>(TPart part) => JsonSerializer.Serialize(part, Options);
}
