using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Loyalty.IntegrationTests.Support;

/// <summary>The RabbitMQ management HTTP API: isolated virtual hosts per test, and queue depths to assert on.</summary>
public sealed class RabbitManagement : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{TestServers.ManagementPort}/api/"),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest"))) },
    };

    public async Task CreateVirtualHostAsync(string name)
    {
        TestServers.RequireRabbitMq();
        var vhost = Uri.EscapeDataString(name);
        (await _http.PutAsync($"vhosts/{vhost}", null)).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync($"permissions/{vhost}/guest", new { configure = ".*", write = ".*", read = ".*" }))
            .EnsureSuccessStatusCode();
    }

    public async Task DeleteVirtualHostAsync(string name) =>
        await _http.DeleteAsync($"vhosts/{Uri.EscapeDataString(name)}");

    /// <summary>Ready plus unacknowledged messages in a queue; -1 while the queue does not exist.</summary>
    public async Task<long> QueueDepthAsync(string virtualHost, string queue)
    {
        using var response =
            await _http.GetAsync($"queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}");
        if (!response.IsSuccessStatusCode)
        {
            return -1;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("messages", out var messages)
            && messages.ValueKind == JsonValueKind.Number ? messages.GetInt64() : 0;
    }

    public async Task<IReadOnlyList<string>> ExchangesAsync(string virtualHost)
    {
        var exchanges =
            await _http.GetFromJsonAsync<JsonElement[]>($"exchanges/{Uri.EscapeDataString(virtualHost)}") ?? [];
        return exchanges.Select(e => e.GetProperty("name").GetString()!).ToArray();
    }

    /// <summary>Whether a message whose body mentions <paramref name="text"/>
    /// waits in a queue (looked at and put back).</summary>
    public async Task<bool> QueueHoldsAsync(string virtualHost, string queue, string text)
    {
        using var response = await _http.PostAsJsonAsync(
            $"queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}/get",
            new { count = 500, ackmode = "ack_requeue_true", encoding = "auto" });
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        var messages = await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? [];
        return messages.Any(m => m.GetProperty("payload").GetString()!.Contains(text, StringComparison.Ordinal));
    }

    /// <summary>The exchanges bound (exchange-to-exchange) to <paramref name="exchange"/>.</summary>
    public async Task<IReadOnlyList<string>> SourcesBoundToAsync(string virtualHost, string exchange)
    {
        var bindings = await _http.GetFromJsonAsync<JsonElement[]>(
            $"exchanges/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(exchange)}/bindings/destination")
                ?? [];
        return bindings.Select(b => b.GetProperty("source").GetString()!).ToArray();
    }

    /// <summary>Publishes a raw message to an exchange, as a partner or a
    /// redelivering broker would; true if it was routed to a queue.</summary>
    public async Task<bool> PublishAsync(string virtualHost, string exchange, string body, string contentType)
    {
        var response = await _http.PostAsJsonAsync(
            $"exchanges/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(exchange)}/publish", new
        {
            properties = new { content_type = contentType, delivery_mode = 2 },
            routing_key = "",
            payload = body,
            payload_encoding = "string",
        });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("routed").GetBoolean();
    }

    public void Dispose() => _http.Dispose();
}
