using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.Console.Authentication;
using Microsoft.AspNetCore.Components;

namespace Loyalty.Console.Api;

/// <summary>
/// The console's only way to the platform: the gateway's APIs, called with the signed-in user's own access token, so
/// a front-desk account sees and does only what its role and stores allow. A session that has ended sends the user to
/// sign in again.
/// </summary>
public sealed class GatewayApi(HttpClient http, UserSession session, NavigationManager navigation)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>Development only: a token from the gateway's /dev/token, with no user signed in yet.</summary>
    public async Task<DevelopmentToken?> DevelopmentTokenAsync(string role, string? stores)
    {
        using var response = await http.PostAsJsonAsync("/dev/token", new
        {
            role,
            name = "dev " + role,
            storeIds = stores?.Split(',', StringSplitOptions.RemoveEmptyEntries),
        }, Json);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<DevelopmentToken>(Json) : null;
    }

    /// <summary>A GET whose 404 is an answer (null), not an error.</summary>
    public async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);
        return result.Problem is { Status: HttpStatusCode.NotFound } ? default
            : result.Problem is { } problem ? throw new ApiException(problem)
            : result.Value;
    }

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, cancellationToken);

    public Task<ApiResult<T>> DeleteAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Delete, path, null, cancellationToken);

    /// <summary>A request with a body of its own (a CSV upload); the answer is read as JSON.</summary>
    public async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        return await SendAsync<T>(request, cancellationToken);
    }

    /// <summary>The raw answer (a CSV download); the caller disposes it.</summary>
    public async Task<HttpResponseMessage> GetRawAsync(string path, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        await AuthorizeAsync(request, cancellationToken);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        SignInAgainIfUnauthorized(response);
        return response;
    }

    private Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        SendAsync<T>(method, path, body is null ? null : JsonContent.Create(body, options: Json), cancellationToken);

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await AuthorizeAsync(request, cancellationToken);
        using var response = await http.SendAsync(request, cancellationToken);
        SignInAgainIfUnauthorized(response);
        if (response.IsSuccessStatusCode)
        {
            var value = response.StatusCode == HttpStatusCode.NoContent || typeof(T) == typeof(NoContent)
                ? default
                : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
            return new ApiResult<T>(value, null);
        }

        return new ApiResult<T>(default, await ProblemAsync(response, cancellationToken));
    }

    private async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await session.AccessTokenAsync(cancellationToken);
        if (token is null)
        {
            navigation.NavigateTo("/account/login?returnUrl=" + Uri.EscapeDataString(navigation.ToBaseRelativePath(
                navigation.Uri).Insert(0, "/")), forceLoad: true);
            throw new SessionEndedException();
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private void SignInAgainIfUnauthorized(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            navigation.NavigateTo("/account/login", forceLoad: true);
            throw new SessionEndedException();
        }
    }

    private static async Task<ApiProblem> ProblemAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        string title = response.ReasonPhrase ?? response.StatusCode.ToString();
        string? detail = null;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            try
            {
                using var document = await JsonDocument.ParseAsync(
                    await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
                var root = document.RootElement;
                title = root.TryGetProperty("title", out var t) && t.GetString() is { } text ? text : title;
                detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
                if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in fields.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(e => e.GetString() ?? "")]
                            : [field.Value.ToString()];
                    }
                }
            }
            catch (JsonException)
            {
                // Not ProblemDetails after all: the status line says what happened.
            }
        }

        return new ApiProblem(response.StatusCode, title, detail, errors);
    }
}

/// <summary>The gateway's /dev/token answer.</summary>
public sealed record DevelopmentToken(string AccessToken, int ExpiresIn);

/// <summary>The body of an answer the caller does not read.</summary>
public sealed record NoContent;

/// <summary>A read failed with a problem other than 404.</summary>
public sealed class ApiException(ApiProblem problem) : Exception(problem.Message)
{
    public ApiProblem Problem { get; } = problem;
}

/// <summary>The session has ended; the browser is on its way to the sign-in page.</summary>
public sealed class SessionEndedException() : Exception("The session has ended; signing in again.");
