using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.Member.Authentication;
using Microsoft.AspNetCore.Components;

namespace Loyalty.Member.Api;

/// <summary>
/// The member app's only way to the platform: the gateway's APIs, with the signed-in member's own token (or none, for
/// the public survey link). A token the gateway refuses sends her to sign in again.
/// </summary>
public sealed class GatewayApi(HttpClient http, MemberSession session, NavigationManager navigation)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>A GET whose 404 is an answer (null); any other failure is an error page.</summary>
    public async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        var result = await SendAsync<T>(HttpMethod.Get, path, null, signedIn: true, cancellationToken);
        return result.Problem is { Status: HttpStatusCode.NotFound } ? default
            : result.Problem is { } problem ? throw new ApiException(problem)
            : result.Value;
    }

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body, signedIn: true, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body, signedIn: true, cancellationToken);

    /// <summary>A public route (the personal survey link): no token sent, every answer returned as it is.</summary>
    public Task<ApiResult<T>> PublicAsync<T>(
        HttpMethod method, string path, object? body = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(method, path, body, signedIn: false, cancellationToken);

    /// <summary>
    /// Her answer as it came (the data archive, passed on to her as a file), or null when she is not signed in; the
    /// caller disposes it. For endpoints, which cannot navigate as a page does.
    /// </summary>
    public async Task<HttpResponseMessage?> GetRawAsync(string path, CancellationToken cancellationToken)
    {
        if (await session.AccessTokenAsync() is not { } token)
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string path, object? body, bool signedIn, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body, options: Json),
        };
        if (signedIn)
        {
            var token = await session.AccessTokenAsync() ?? throw SignInAgain();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (signedIn && response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw SignInAgain();
        }

        if (response.IsSuccessStatusCode)
        {
            return new ApiResult<T>(response.StatusCode == HttpStatusCode.NoContent
                ? default
                : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null);
        }

        return new ApiResult<T>(default, await ApiProblem.ReadAsync(response, cancellationToken));
    }

    /// <summary>Static rendering answers a navigation with a redirect: to the sign-in page, back here after.</summary>
    private SessionEndedException SignInAgain()
    {
        navigation.NavigateTo("/account/sign-in?returnUrl=" + Uri.EscapeDataString(
            "/" + navigation.ToBaseRelativePath(navigation.Uri)), forceLoad: true);
        return new SessionEndedException();
    }
}

/// <summary>A read failed with a problem other than 404.</summary>
public sealed class ApiException(ApiProblem problem) : Exception(problem.Message)
{
    public ApiProblem Problem { get; } = problem;
}

/// <summary>The session has ended; the answer is a redirect to the sign-in page.</summary>
public sealed class SessionEndedException() : Exception("The session has ended; signing in again.");
