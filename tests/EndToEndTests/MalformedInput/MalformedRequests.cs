using System.Text.Json;
using System.Text.Json.Nodes;

namespace Loyalty.EndToEndTests.MalformedInput;

/// <summary>
/// The odd requests for one operation: each path and query parameter in turn given an odd value (the others
/// plausible), and the body as a whole broken or one field at a time given an odd value for its type.
/// </summary>
public static class MalformedRequests
{
    private const string Nul = "\u0000";
    private static readonly string Megabyte = new('x', 1_000_000);

    private static readonly string[] OddPathValues =
        ["%00", "x%00y", new string('a', 3000), "-1", "99999999999999999999", "0001-01-01", "null", "%20"];

    private static readonly string[] OddQueryValues =
    [
        "%00", new string('a', 3000), "-1", "0", "2147483647", "99999999999999999999", "99", "abc", "",
        "0001-01-01", "9999-12-31", "2026-12-01T10:00:00%2B08:00", "0001-01-01T00:00:00Z",
    ];

    public static IEnumerable<FuzzRequest> For(Operation operation, SchemaSamples schemas)
    {
        var parameters = operation.Definition["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
        var pathParameters = parameters.Where(p => (string?)p["in"] == "path").ToList();
        var queryParameters = parameters.Where(p => (string?)p["in"] == "query").ToList();
        var (contentType, bodySchema) = Body(operation.Definition);

        var plainPath = PathWith(operation.Path, pathParameters, schemas, odd: null);
        var plainBody = Sample(schemas, bodySchema);
        yield return Request(operation, plainPath, contentType, plainBody, "plausible values");
        yield return Request(operation, plainPath + "?zzNotAParameter=%00", contentType, plainBody,
            "a NUL in an unknown query parameter");
        foreach (var parameter in pathParameters)
        {
            foreach (var value in OddPathValues)
            {
                var path = PathWith(operation.Path, pathParameters, schemas, odd: ((string)parameter["name"]!, value));
                yield return Request(operation, path, contentType, Sample(schemas, bodySchema),
                    $"path {parameter["name"]}={Short(value)}");
            }
        }

        foreach (var parameter in queryParameters)
        {
            foreach (var value in OddQueryValues)
            {
                var path =
                    $"{plainPath}?{Uri.EscapeDataString((string)parameter["name"]!)}={(value.Length > 0 ? value : "")}";
                yield return Request(operation, path, contentType, Sample(schemas, bodySchema),
                    $"query {parameter["name"]}={Short(value)}");
            }
        }

        if (contentType == "application/json" && bodySchema is not null)
        {
            foreach (var (body, what) in JsonBodies(schemas, bodySchema))
            {
                yield return new FuzzRequest(operation.Method, plainPath, body, contentType, what);
            }
        }
        else if (contentType is not null)
        {
            foreach (var (body, what) in TextBodies())
            {
                yield return new FuzzRequest(operation.Method, plainPath, body, contentType, what);
            }
        }
    }

    private static FuzzRequest Request(
        Operation operation,
        string path,
        string? contentType,
        JsonNode? body,
        string what) =>
        contentType == "application/json"
            ? new FuzzRequest(operation.Method, path, body?.ToJsonString() ?? "{}", contentType, what)
            : new FuzzRequest(operation.Method, path, contentType is null ? null : "",
                contentType ?? "text/plain", what);

    private static (string? ContentType, JsonNode? Schema) Body(JsonObject operation)
    {
        if (operation["requestBody"]?["content"] is not JsonObject content)
        {
            return (null, null);
        }

        if (content["application/json"] is { } json)
        {
            return ("application/json", json["schema"]);
        }

        var (type, media) = content.First();
        return (type, media?["schema"]);
    }

    private static JsonNode? Sample(SchemaSamples schemas, JsonNode? schema) =>
        schema is null ? null : schemas.Sample(schema);

    private static string PathWith(
        string template,
        List<JsonObject> parameters,
        SchemaSamples schemas,
        (string Name, string Value)? odd)
    {
        var path = template;
        foreach (var parameter in parameters)
        {
            var name = (string)parameter["name"]!;
            var value = odd is { } o && o.Name == name
                ? o.Value
                : Uri.EscapeDataString(schemas.Sample(parameter["schema"] ?? new JsonObject())?.ToString() ?? "x");
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return path;
    }

    private static IEnumerable<(string Body, string What)> JsonBodies(SchemaSamples schemas, JsonNode schema)
    {
        foreach (var broken in new[] { "", "null", "[]", "{", "\"text\"", "{}", "12", "{\"a\":" })
        {
            yield return (broken, $"body {Short(broken)}");
        }

        var sample = schemas.Sample(schema);
        if (sample is not JsonObject whole)
        {
            yield break;
        }

        var unknown = whole.DeepClone().AsObject();
        unknown["zzNotAField"] = 1;
        yield return (unknown.ToJsonString(), "an unknown field");

        foreach (var (path, fieldSchema) in schemas.Fields(schema))
        {
            foreach (var value in OddValuesFor(schemas, fieldSchema))
            {
                var body = whole.DeepClone();
                if (Replace(body, path, value))
                {
                    yield return (body.ToJsonString(),
                        $"{string.Join('.', path)}={Short(value?.ToJsonString() ?? "null")}");
                }
            }
        }
    }

    private static IEnumerable<JsonNode?> OddValuesFor(SchemaSamples schemas, JsonNode fieldSchema)
    {
        yield return null;
        yield return new JsonObject { ["zz"] = 1 };
        switch (schemas.TypeOf(fieldSchema))
        {
            case "string":
                yield return Nul;
                yield return "a" + Nul + "b";
                yield return Megabyte;
                yield return 99;
                yield return "";
                yield return "0001-01-01";
                yield return "9999-12-31";
                yield return "2026-12-01T10:00:00+08:00";
                yield return "0001-01-01T00:00:00Z";
                yield return "9999-12-31T23:59:59+14:00";
                break;
            case "integer":
            case "number":
                yield return JsonNode.Parse("9223372036854775808");
                yield return JsonNode.Parse("1e30");
                yield return JsonNode.Parse("79228162514264337593543950336");
                yield return -1;
                yield return 2147483648L;
                yield return 12.34567m;
                yield return "12";
                break;
            case "boolean":
                yield return "yes";
                yield return 2;
                break;
            case "array":
                yield return new JsonArray((JsonNode?)null);
                yield return new JsonArray(Nul);
                yield return new JsonArray(Megabyte);
                yield return new JsonArray(Enumerable.Range(0, 5000).Select(i => (JsonNode?)JsonValue.Create($"v{i}"))
                    .ToArray());
                yield return "text";
                break;
            default:
                yield return new JsonArray();
                yield return "text";
                break;
        }
    }

    private static bool Replace(JsonNode root, IReadOnlyList<string> path, JsonNode? value)
    {
        var node = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            node = int.TryParse(path[i], out var index) ? node?[index] : node?[path[i]];
        }

        if (node is JsonObject parent)
        {
            parent[path[^1]] = value;
            return true;
        }

        return false;
    }

    private static IEnumerable<(string Body, string What)> TextBodies()
    {
        yield return ("", "an empty body");
        yield return ("phone,name\n" + Nul + "," + Nul + "\n", "NUL characters");
        yield return ("phone,name,gender,birthDate,homeStoreId\n13912340001," + Megabyte
            + ",女,0001-01-01,SH-XUHUI-02\n", "a 1 MB name and year 1");
        yield return ("phone,name,gender,birthDate,homeStoreId,tier,registeredAt\n" +
            "13912340002,王,女,9999-12-31,SH-XUHUI-02,金卡,0001-01-01\n", "calendar-edge dates");
        yield return ("\"unterminated,quote\n", "a broken quote");
        yield return (string.Join('\n', Enumerable.Repeat(",,,,,,,,", 2000)), "2,000 empty rows");
    }

    private static string Short(string value) =>
        value.Replace(Nul, "\\0", StringComparison.Ordinal) is var text
            && text.Length > 40 ? $"{text[..20]}…({text.Length} chars)" : text;
}

/// <summary>Plausible sample values from a document's schemas ($ref,
/// OpenAPI 3.1 type lists, oneOf/anyOf/allOf).</summary>
public sealed class SchemaSamples(JsonNode document)
{
    private const int MaxDepth = 4;

    public JsonNode? Sample(JsonNode schema) => Sample(schema, 0);

    /// <summary>Every field of a body schema by its path, one level
    /// into objects and into an array's first item.</summary>
    public IEnumerable<(IReadOnlyList<string> Path, JsonNode Schema)> Fields(JsonNode schema)
    {
        foreach (var (name, property) in Properties(schema))
        {
            yield return ([name], property);
            var inner = Resolve(property);
            if (TypeOf(inner) == "object")
            {
                foreach (var (child, childSchema) in Properties(inner))
                {
                    yield return ([name, child], childSchema);
                }
            }
            else if (TypeOf(inner) == "array" && inner["items"] is { } items && TypeOf(Resolve(items)) == "object")
            {
                foreach (var (child, childSchema) in Properties(Resolve(items)))
                {
                    yield return ([name, "0", child], childSchema);
                }
            }
        }
    }

    public string? TypeOf(JsonNode schema)
    {
        var resolved = Resolve(schema);
        return resolved["type"] switch
        {
            JsonValue value => (string?)value,
            JsonArray types => types.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
            _ => resolved["properties"] is not null ? "object" : null,
        };
    }

    private IEnumerable<(string Name, JsonNode Schema)> Properties(JsonNode schema) =>
        Resolve(schema)["properties"] is JsonObject properties
            ? properties.Where(p => p.Value is not null).Select(p => (p.Key, p.Value!))
            : [];

    private JsonNode Resolve(JsonNode schema)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            if (schema["$ref"] is JsonValue reference)
            {
                var name = ((string)reference!).Split('/')[^1];
                schema = document["components"]?["schemas"]?[name] ?? new JsonObject();
                continue;
            }

            var choice = (schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"]) as JsonArray;
            var first = choice?.FirstOrDefault(c => c is not null && (string?)c["type"] != "null");
            if (first is null)
            {
                return schema;
            }

            schema = first;
        }

        return schema;
    }

    private JsonNode? Sample(JsonNode schema, int depth)
    {
        var resolved = Resolve(schema);
        if (resolved["enum"] is JsonArray values && values.FirstOrDefault(v => v is not null) is { } first)
        {
            return first.DeepClone();
        }

        switch (TypeOf(resolved))
        {
            case "object" when depth < MaxDepth:
                var sample = new JsonObject();
                foreach (var (name, property) in Properties(resolved))
                {
                    sample[name] = Sample(property, depth + 1);
                }

                return sample;
            case "array" when depth < MaxDepth:
                return resolved["items"] is { } items ? new JsonArray(Sample(items, depth + 1)) : new JsonArray();
            case "integer":
                return 1;
            case "number":
                return 10;
            case "boolean":
                return true;
            case "string":
                return (string?)resolved["format"] switch
                {
                    "uuid" => Guid.NewGuid().ToString(),
                    "date" => "2026-06-01",
                    "date-time" => "2026-11-30T10:00:00+08:00",
                    _ => "sample",
                };
            default:
                return null;
        }
    }

    public override string ToString() => JsonSerializer.Serialize(document["info"]);
}
