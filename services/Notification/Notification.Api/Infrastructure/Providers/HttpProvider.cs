using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Infrastructure.Providers;

/// <summary>
/// POSTs each message as JSON to a configured URL (an SMS/WeChat/push gateway or a partner's relay), signed with
/// a shared secret: header X-Loyalty-Signature = "sha256=" + hex(HMAC-SHA256(secret, body)). X-Loyalty-Message-Id
/// lets the receiver drop repeats. 2xx accepts (an optional JSON "messageId" is the provider's id, "status":
/// "delivered" reports delivery); 408, 429, 5xx and network errors are transient; any other answer is permanent.
/// </summary>
public sealed class HttpProvider : INotificationProvider, IDisposable
{
    public const string ProviderName = "http";
    public const string SignatureHeader = "X-Loyalty-Signature";
    public const string MessageIdHeader = "X-Loyalty-Message-Id";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly HttpProviderOptions _options;
    private readonly HttpClient _http;

    public HttpProvider(IOptions<ProviderOptions> options)
    {
        _options = options.Value.Http;
        // A plain client: retries are the dispatcher's (persisted, with backoff), not an in-memory resilience handler's.
        _http = new HttpClient { Timeout = _options.Timeout };
    }

    public string Name => ProviderName;

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (_options.Url is null || string.IsNullOrEmpty(_options.Secret))
        {
            return DeliveryResult.Transient("HTTP provider not configured (Notification:Providers:Http:Url and Secret)");
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId = message.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            message.RequestId,
            message.MemberId,
            message.Channel,
            message.Recipient,
            message.TemplateCode,
            message.Language,
            message.Subject,
            message.Body,
        }, Json);

        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, Sign(_options.Secret, body));
        request.Headers.Add(MessageIdHeader, message.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient($"HTTP provider unreachable: {ex.GetType().Name}");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var (providerId, delivered) = await ReadAnswerAsync(response, cancellationToken);
                providerId ??= $"http-{message.MessageId}";
                return delivered ? DeliveryResult.Delivered(providerId) : DeliveryResult.Accepted(providerId);
            }

            var error = $"HTTP provider answered {status} {response.ReasonPhrase}";
            return status is 408 or 429 || status >= 500 ? DeliveryResult.Transient(error) : DeliveryResult.Permanent(error);
        }
    }

    private static async Task<(string? Id, bool Delivered)> ReadAnswerAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(text))
            {
                return (null, false);
            }

            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var isObject = root.ValueKind == JsonValueKind.Object;
            var id = isObject && root.TryGetProperty("messageId", out var m) && m.ValueKind == JsonValueKind.String
                ? m.GetString()
                : null;
            var delivered = isObject && root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String
                && string.Equals(s.GetString(), "delivered", StringComparison.OrdinalIgnoreCase);
            return (id, delivered);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }

    public void Dispose() => _http.Dispose();
}
