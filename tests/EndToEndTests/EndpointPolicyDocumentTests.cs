using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Loyalty.Launcher;

namespace Loyalty.EndToEndTests;

/// <summary>
/// docs/security.md's endpoint table is generated from what the running services say of themselves: each
/// operation's "x-policies" in its OpenAPI document (the policies the endpoint and its groups require), read
/// through the gateway. The test fails, printing the table as it should read, when the two differ; run it with
/// UPDATE_ENDPOINT_TABLE=1 to rewrite the table.
/// </summary>
[Collection(StackCollection.Name)]
public class EndpointPolicyDocumentTests(StackFixture stack)
{
    private const string Start = "<!-- endpoint-policies:start -->";
    private const string End = "<!-- endpoint-policies:end -->";

    [Fact]
    public async Task The_documented_endpoint_policies_are_the_ones_the_services_enforce()
    {
        var table = new StringBuilder("| service | operation | who may call it (all must hold) |\n|---|---|---|");
        var unguarded = new List<string>();
        foreach (var service in StackTopology.Services)
        {
            var openApi = await stack.Gateway.GetFromJsonAsync<JsonNode>($"/openapi/{service.Name}/v1.json");
            foreach (var (route, item) in openApi!["paths"]!.AsObject().OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                foreach (var (method, operation) in item!.AsObject())
                {
                    var policies = operation?["x-policies"]?.AsArray()
                        .Select(policy => policy!.GetValue<string>()).ToList() ?? [];
                    if (policies.Count == 0)
                    {
                        unguarded.Add($"{service.Name}: {method.ToUpperInvariant()} {route}");
                    }

                    table.Append($"\n| {service.Name} | `{method.ToUpperInvariant()} {route}` | ")
                        .Append(string.Join(", ", policies.Select(p => $"`{p}`"))).Append(" |");
                }
            }
        }

        Assert.True(unguarded.Count == 0, "operations with no policy: " + string.Join("; ", unguarded));
        var path = Path.Combine(stack.Settings.RepositoryRoot, "docs", "security.md");
        var document = File.ReadAllText(path);
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/security.md needs the markers {Start} and {End}");
        var expected = table.ToString();
        if (document[(start + Start.Length)..end].Trim() != expected
            && Environment.GetEnvironmentVariable("UPDATE_ENDPOINT_TABLE") == "1")
        {
            File.WriteAllText(path, document[..(start + Start.Length)] + "\n" + expected + "\n" + document[end..]);
            return;
        }

        Assert.True(document[(start + Start.Length)..end].Trim() == expected,
            $"docs/security.md's endpoint table differs from the services; it should read:\n\n{expected}\n");
    }
}
