using System.Text.Json.Nodes;
using Loyalty.BuildingBlocks.Privacy;

namespace Loyalty.Members.Api.Domain.Privacy;

/// <summary>
/// The archive a member downloads: every service's part parsed (objects, not strings), in the order of the
/// services, and a readable summary, one zh-CN line per part from the part's own "summary".
/// </summary>
public static class DataArchive
{
    public static string Assemble(
        Guid requestId, Guid memberId, IReadOnlyDictionary<string, string> parts, DateTimeOffset producedAt)
    {
        var parsed = new JsonObject();
        var summary = new JsonArray();
        foreach (var (service, text) in parts)
        {
            var part = JsonNode.Parse(text) as JsonObject ?? [];
            if (part["summary"] is JsonValue line && line.TryGetValue<string>(out var readable))
            {
                summary.Add(readable);
            }

            parsed[service] = part;
        }

        var archive = new JsonObject
        {
            ["requestId"] = requestId,
            ["memberId"] = memberId,
            ["producedAt"] = producedAt,
            ["summary"] = summary,
            ["parts"] = parsed,
        };
        return archive.ToJsonString(DataExportJson.Options);
    }

    /// <summary>Whether a produced part is what the contract says: one JSON object.</summary>
    public static bool IsJsonObject(string part)
    {
        try
        {
            return JsonNode.Parse(part) is JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
