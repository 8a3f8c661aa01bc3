using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Loyalty.EndToEndTests.MalformedInput;

/// <summary>
/// Every operation each service documents, called through the gateway with what tills, partners and operators get
/// wrong: NUL characters, text and numbers larger than any column, nulls, wrong types, dates at the calendar's
/// edges, offsets, enums as numbers, unknown fields, paging past the end, broken JSON. None may answer 5xx, and no
/// service may log an unhandled exception. It has a stack of its own, so what the odd requests create disturbs no
/// other test.
/// </summary>
[Collection(FuzzStackCollection.Name)]
public sealed class MalformedInputTests(FuzzStackFixture stack, ITestOutputHelper output)
{
    private static readonly string[] Services = [.. Launcher.StackTopology.Services.Select(service => service.Name)];

    [Fact]
    public async Task No_documented_operation_answers_a_malformed_request_with_a_server_error()
    {
        var clients = new RotatingClients(stack);
        var failures = new List<string>();
        var sent = 0;
        foreach (var service in Services)
        {
            var document = JsonNode.Parse(await stack.Gateway.GetStringAsync($"/openapi/{service}/v1.json"))!;
            var schemas = new SchemaSamples(document);
            foreach (var operation in Operations(document))
            {
                var statuses = new SortedDictionary<int, int>();
                foreach (var request in MalformedRequests.For(operation, schemas))
                {
                    sent++;
                    using var message = request.ToHttpRequest();
                    using var response = await (await clients.NextAsync(operation.MemberOnly)).SendAsync(message);
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    if ((int)response.StatusCode >= 500)
                    {
                        var body = await response.Content.ReadAsStringAsync();
                        failures.Add(
                            $"{(int)response.StatusCode} {request.Describe()}: {body[..Math.Min(body.Length, 300)]}");
                    }
                }

                output.WriteLine($"{operation.Method} {operation.Path}: " +
                    $"{string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
            }
        }

        Assert.True(sent > 1000, $"only {sent} requests were sent: the documents list fewer operations than expected");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests got a server error:\n"
            + string.Join('\n', failures.Take(40)));
        Assert.Empty(UnhandledExceptionLog.Find(stack.Settings.LogDirectory));
    }

    private static IEnumerable<Operation> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is JsonObject definition && method is "get" or "post" or "put" or "delete" or "patch")
                {
                    yield return new Operation(method.ToUpperInvariant(), path, definition);
                }
            }
        }
    }

    /// <summary>Admin tokens with a fresh subject every few hundred
    /// requests (the gateway limits each subject).</summary>
    private sealed class RotatingClients(StackFixture stack)
    {
        private const int RequestsPerSubject = 400;
        private HttpClient? _admin;
        private HttpClient? _member;
        private int _used;

        public async Task<HttpClient> NextAsync(bool memberOnly)
        {
            if (_used++ % RequestsPerSubject == 0)
            {
                _admin = await stack.ClientAsync("admin", Guid.NewGuid());
                _member = await stack.ClientAsync("member", Guid.NewGuid());
            }

            return memberOnly ? _member! : _admin!;
        }
    }
}

public sealed record Operation(string Method, string Path, JsonObject Definition)
{
    /// <summary>"/me" operations answer only a member's own token.</summary>
    public bool MemberOnly => Path.Split('/').Contains("me");
}

/// <summary>One request to send: its method, path with values, query, and body (JSON, CSV or raw text).</summary>
public sealed record FuzzRequest(string Method, string Path, string? Body, string ContentType, string What)
{
    public HttpRequestMessage ToHttpRequest()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        }

        return message;
    }

    public string Describe() => $"{Method} {Path[..Math.Min(Path.Length, 160)]} ({What})";
}

/// <summary>Finds "unhandled exception" entries in a stack's service logs.</summary>
public static class UnhandledExceptionLog
{
    public static IReadOnlyList<string> Find(string logDirectory) =>
        Directory.EnumerateFiles(logDirectory, "*.log")
            .SelectMany(file => File.ReadLines(file)
                .Where(line => line.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase))
                .Select(line => $"{Path.GetFileName(file)}: {line[..Math.Min(line.Length, 300)]}"))
            .Take(20)
            .ToList();
}

public sealed class FuzzStackFixture() : StackFixture("fuzz", portOffset: 20, redisDatabase: 3);

[CollectionDefinition(Name)]
public sealed class FuzzStackCollection : ICollectionFixture<FuzzStackFixture>
{
    public const string Name = "fuzz-stack";
}
