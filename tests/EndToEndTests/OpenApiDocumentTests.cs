using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Loyalty.EndToEndTests;

/// <summary>
/// Each service's OpenAPI document, read through the gateway as a client reads it, tells the truth: every schema
/// property is described, every request body has an example the service accepts, a request schema is its own type
/// (no entity with its server-assigned fields), and a field listed as required is refused when it is missing.
/// </summary>
[Collection(StackCollection.Name)]
public class OpenApiDocumentTests(StackFixture stack)
{
    private static readonly string[] Services = [.. Launcher.StackTopology.Services.Select(service => service.Name)];

    /// <summary>Fields only the server assigns: a request schema that has them is an entity, not a request.</summary>
    private static readonly string[] EntityOnlyFields = ["id", "createdAt", "updatedAt"];

    [Fact]
    public async Task Every_property_is_described_every_body_has_an_example_and_no_request_is_an_entity()
    {
        var problems = new List<string>();
        foreach (var service in Services)
        {
            var document = await DocumentAsync(service);
            var schemas = document["components"]?["schemas"]?.AsObject() ?? [];
            foreach (var (name, schema) in schemas)
            {
                foreach (var (property, definition) in schema?["properties"]?.AsObject() ?? [])
                {
                    if (!IsDescribed(definition))
                    {
                        problems.Add($"{service}: {name}.{property} has no description");
                    }
                }
            }

            var responseSchemas = new HashSet<string>();
            foreach (var (_, _, operation) in Operations(document))
            {
                foreach (var (_, response) in operation["responses"]?.AsObject() ?? [])
                {
                    foreach (var (_, media) in response?["content"]?.AsObject() ?? [])
                    {
                        // What an operation answers (or a list of): a value type
                        // nested in both, such as a rule's criteria, may be shared.
                        if ((RefName(media?["schema"]) ?? RefName(media?["schema"]?["items"])) is { } answered)
                        {
                            responseSchemas.Add(answered);
                        }
                    }
                }
            }

            foreach (var (method, path, operation) in Operations(document))
            {
                foreach (var (contentType, media) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                {
                    if (media?["example"] is null)
                    {
                        problems.Add($"{service}: {method} {path} ({contentType}) has no request example");
                    }

                    if (RefName(media?["schema"]) is { } top && responseSchemas.Contains(top))
                    {
                        problems.Add($"{service}: {method} {path} takes {top}, which an operation also answers");
                    }

                    var requestSchemas = new HashSet<string>();
                    Reachable(media?["schema"], schemas, requestSchemas);
                    foreach (var requestSchema in requestSchemas)
                    {
                        var fields = schemas[requestSchema]?["properties"]?.AsObject() ?? [];
                        problems.AddRange(EntityOnlyFields.Where(fields.ContainsKey)
                            .Select(field =>
                                $"{service}: {method} {path} takes {requestSchema} with entity field {field}"));
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct()));
    }

    [Fact]
    public async Task Every_example_is_accepted_and_every_required_field_is_required()
    {
        var problems = new List<string>();
        using var admin = await stack.ClientAsync("admin");
        using var member = await stack.ClientAsync("member", Guid.NewGuid());
        foreach (var service in Services)
        {
            var document = await DocumentAsync(service);
            var schemas = document["components"]?["schemas"]?.AsObject() ?? [];
            foreach (var (method, path, operation) in Operations(document))
            {
                foreach (var (contentType, media) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                {
                    if (media?["example"] is not { } example)
                    {
                        problems.Add($"{service}: {method} {path} ({contentType}) has no example to send");
                        continue;
                    }

                    var client = path.Split('/').Contains("me") ? member : admin;
                    var url = FillPath(path, operation, schemas);
                    var operationName = $"{service}: {method} {path}";
                    using (var response = await SendAsync(client, method, url, contentType, example))
                    {
                        if (response.StatusCode == HttpStatusCode.BadRequest || (int)response.StatusCode >= 500)
                        {
                            problems.Add($"{operationName}: the example got {(int)response.StatusCode} " +
                                $"{await response.Content.ReadAsStringAsync()}");
                        }
                    }

                    var schema = Resolve(example is JsonArray ? media["schema"]?["items"] : media["schema"], schemas);
                    foreach (var field in (schema?["required"]?.AsArray() ?? []).Select(f => f!.GetValue<string>()))
                    {
                        var without = example.DeepClone();
                        (without is JsonArray array ? array[0] : without)!.AsObject().Remove(field);
                        using var response = await SendAsync(client, method, url, contentType, without);
                        var answer = await response.Content.ReadAsStringAsync();
                        if (response.StatusCode != HttpStatusCode.BadRequest || !NamesField(answer, field))
                        {
                            problems.Add($"{operationName} without {field}: {(int)response.StatusCode} {answer}");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private async Task<JsonNode> DocumentAsync(string service)
    {
        var document = await stack.Gateway.GetFromJsonAsync<JsonNode>($"/openapi/{service}/v1.json");
        Assert.NotNull(document?["paths"]);
        return document;
    }

    private static IEnumerable<(string Method, string Path, JsonNode Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        select (operation.Key.ToUpperInvariant(), path.Key, operation.Value!);

    /// <summary>A description on the property itself, or on the
    /// schema it references when it may be null (oneOf).</summary>
    private static bool IsDescribed(JsonNode? property) =>
        property?["description"] is not null
        || (property?["oneOf"]?.AsArray() ?? []).Any(branch => branch?["description"] is not null);

    private static string? RefName(JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>().Split('/')[^1]
        ?? (schema?["oneOf"]?.AsArray() ?? []).Select(RefName).FirstOrDefault(name => name is not null);

    private static JsonNode? Resolve(JsonNode? schema, JsonObject schemas) =>
        RefName(schema) is { } name ? schemas[name] : schema;

    /// <summary>Adds every component schema the given one reaches (through properties, items, oneOf, maps).</summary>
    private static void Reachable(JsonNode? schema, JsonObject schemas, HashSet<string> found)
    {
        if (schema is not JsonObject node)
        {
            return;
        }

        if (RefName(node) is { } name && found.Add(name))
        {
            Reachable(schemas[name], schemas, found);
        }

        foreach (var (_, property) in node["properties"]?.AsObject() ?? [])
        {
            Reachable(property, schemas, found);
        }

        Reachable(node["items"], schemas, found);
        Reachable(node["additionalProperties"], schemas, found);
        foreach (var branch in node["oneOf"]?.AsArray() ?? [])
        {
            Reachable(branch, schemas, found);
        }
    }

    /// <summary>Path values that pass the route constraints: ids that
    /// exist nowhere, the first value of an enum.</summary>
    private static string FillPath(string path, JsonNode operation, JsonObject schemas)
    {
        foreach (var parameter in (operation["parameters"]?.AsArray() ?? [])
            .Where(p => p?["in"]?.GetValue<string>() == "path"))
        {
            var name = parameter!["name"]!.GetValue<string>();
            var schema = Resolve(parameter["schema"], schemas);
            var value = schema?["format"]?.GetValue<string>() == "uuid" ? Guid.NewGuid().ToString()
                : schema?["enum"]?[0]?.GetValue<string>() ?? parameter["example"]?.ToString() ?? $"{name}-1";
            path = path.Replace($"{{{name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return path;
    }

    private static Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        string method,
        string url,
        string contentType,
        JsonNode body)
    {
        var text = contentType == "application/json" ? body.ToJsonString() : body.GetValue<string>();
        return client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(text, Encoding.UTF8, contentType),
        });
    }

    /// <summary>The 400 names the field: an errors key that is the field, or ends with it (items[0].field).</summary>
    private static bool NamesField(string problem, string field)
    {
        try
        {
            var errors = JsonNode.Parse(problem)?["errors"]?.AsObject() ?? [];
            return errors.Any(e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase)
                || e.Key.EndsWith("." + field, StringComparison.OrdinalIgnoreCase));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
