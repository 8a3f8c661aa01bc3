using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.DemoChain;

/// <summary>
/// The gateway as the demo's callers see it: each caller (the admin, one till per clinic) with its own development
/// token, so the gateway's per-client rate limit applies to each as to a real till. Waits out 429s and retries
/// answers that say "not yet" (a 404 the caller names, a 5xx while a service restarts).
/// </summary>
public sealed class GatewayClient : IDisposable
{
    private static readonly TimeSpan RetryFor = TimeSpan.FromMinutes(3);

    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, string> _tokens = [];
    private readonly SemaphoreSlim _tokenLock = new(1, 1);

    public GatewayClient(Uri gateway, TimeProvider time)
    {
        _http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(100) };
        _time = time;
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The demo's admin (imports, templates, campaigns, staff accounts).</summary>
    public Task<string> AdminAsync() => TokenAsync("admin", "demo-loader-admin", []);

    /// <summary>The front-desk till of one clinic: a staff token that acts for that store only.</summary>
    public Task<string> TillAsync(string storeId) => TokenAsync("staff", $"demo-till-{storeId}", [storeId]);

    /// <summary>A member's own token (development), as her app would hold it.</summary>
    public Task<string> MemberAsync(Guid memberId) => TokenAsync("member", memberId.ToString(), []);

    public Task<JsonElement?> GetAsync(string token, string path, CancellationToken cancellationToken) =>
        SendAsync(token, HttpMethod.Get, path, null, cancellationToken, notYet: false);

    /// <summary>Sends a JSON body; the answer's JSON, or null for a 404 or 409 (the caller decides what that means).
    /// With <paramref name="notYet"/>, a 404 is retried: the service has not yet heard of what the request names.
    /// </summary>
    public Task<JsonElement?> SendJsonAsync(
        string token, HttpMethod method, string path, object? body, CancellationToken cancellationToken,
        bool notYet = false) =>
        SendAsync(token, method, path, body is null ? null : () => JsonContent.Create(body, options: Json),
            cancellationToken, notYet);

    public Task<JsonElement?> PostCsvAsync(string token, string path, string csv, CancellationToken cancellationToken) =>
        SendAsync(token, HttpMethod.Post, path,
            () => new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), cancellationToken, notYet: false);

    private async Task<JsonElement?> SendAsync(
        string token, HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken,
        bool notYet)
    {
        var deadline = _time.GetUtcNow() + RetryFor;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path) { Content = content?.Invoke() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            TimeSpan wait;
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken);
                var status = response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    return body.Length == 0 ? default(JsonElement) : JsonDocument.Parse(body).RootElement;
                }

                if (status is HttpStatusCode.Conflict || (status is HttpStatusCode.NotFound && !notYet))
                {
                    return null;
                }

                if (status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.NotFound) && (int)status < 500)
                {
                    var problem = await response.Content.ReadAsStringAsync(cancellationToken);
                    throw new InvalidOperationException($"{method} {path} answered {(int)status}: {problem}");
                }

                wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(Math.Min(5_000, 250 * attempt));
                if (_time.GetUtcNow() + wait > deadline)
                {
                    throw new InvalidOperationException(
                        $"{method} {path} still answered {(int)status} after {RetryFor.TotalMinutes:F0} minutes.");
                }
            }
            catch (HttpRequestException) when (_time.GetUtcNow() < deadline)
            {
                wait = TimeSpan.FromSeconds(1);
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private async Task<string> TokenAsync(string role, string subject, IReadOnlyList<string> storeIds)
    {
        await _tokenLock.WaitAsync();
        try
        {
            if (!_tokens.TryGetValue(subject, out var token))
            {
                using var response = await _http.PostAsJsonAsync(
                    "/dev/token", new { role, subject, name = subject, storeIds }, Json);
                response.EnsureSuccessStatusCode();
                var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
                token = answer.GetProperty("accessToken").GetString()!;
                _tokens[subject] = token;
            }

            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _tokenLock.Dispose();
    }
}
