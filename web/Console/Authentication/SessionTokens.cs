using System.Security.Claims;
using System.Text.Json;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using StackExchange.Redis;

namespace Loyalty.Console.Authentication;

/// <summary>The tokens of one signed-in console session.</summary>
public sealed record TokenSet(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);

/// <summary>
/// The signed-in users' tokens, kept server-side in Redis under a session id (the sign-in cookie carries only that id):
/// every replica reads the same tokens, a refreshed token is seen by every circuit of the session at once, and a
/// refresh token that the Identity service rotates is never used twice. Access tokens are refreshed a minute before
/// they expire.
/// </summary>
public sealed partial class SessionTokens(
    IConnectionMultiplexer redis,
    IHttpClientFactory httpClients,
    IOptionsMonitor<OpenIdConnectOptions> oidcOptions,
    TimeProvider time,
    ILogger<SessionTokens> logger)
{
    /// <summary>The refresh token's own lifetime at the Identity service.</summary>
    private static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(14);

    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _refreshing = new(1, 1);

    /// <summary>
    /// A new session for these tokens. The cookie's principal is built from the access token the services will read
    /// (subject, name, roles, stores), so the console shows what the APIs will allow.
    /// </summary>
    public async Task<ClaimsPrincipal> StartAsync(string accessToken, string? refreshToken, int expiresInSeconds)
    {
        var sessionId = Guid.NewGuid().ToString("N");
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, "name", "role");
        identity.AddClaims(new JsonWebToken(accessToken).Claims
            .Where(c => c.Type is "sub" or "name" or "role" or ClaimsPrincipalExtensions.StoreClaim)
            .Select(c => new Claim(c.Type, c.Value)));
        identity.AddClaim(new Claim(UserSession.SessionIdClaim, sessionId));
        await StoreAsync(
            sessionId, new TokenSet(accessToken, refreshToken, time.GetUtcNow().AddSeconds(expiresInSeconds)));
        return new ClaimsPrincipal(identity);
    }

    private async Task StoreAsync(string sessionId, TokenSet tokens) =>
        await redis.GetDatabase().StringSetAsync(Key(sessionId), JsonSerializer.Serialize(tokens), SessionLifetime);

    /// <summary>
    /// A valid access token for the session, refreshed if it is about to expire; null once it has ended.
    /// </summary>
    public async Task<string?> AccessTokenAsync(string sessionId, CancellationToken cancellationToken)
    {
        var tokens = await ReadAsync(sessionId);
        if (tokens is null || tokens.ExpiresAt - RefreshAhead > time.GetUtcNow())
        {
            return tokens?.AccessToken;
        }

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            // Another circuit of this replica may have refreshed it while this one waited.
            tokens = await ReadAsync(sessionId);
            if (tokens is null || tokens.ExpiresAt - RefreshAhead > time.GetUtcNow())
            {
                return tokens?.AccessToken;
            }

            var refreshed = tokens.RefreshToken is null
                ? null
                : await RefreshAsync(tokens.RefreshToken, cancellationToken);
            if (refreshed is null)
            {
                await EndAsync(sessionId, cancellationToken);
                return null;
            }

            await StoreAsync(sessionId, refreshed);
            return refreshed.AccessToken;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>Signing out: the refresh token is revoked at the Identity service and the session forgotten.</summary>
    public async Task EndAsync(string sessionId, CancellationToken cancellationToken)
    {
        var tokens = await ReadAsync(sessionId);
        await redis.GetDatabase().KeyDeleteAsync(Key(sessionId));
        if (tokens?.RefreshToken is not { } refreshToken)
        {
            return;
        }

        var configuration = await ConfigurationAsync(cancellationToken);
        if (configuration.AdditionalData.TryGetValue("revocation_endpoint", out var endpoint)
            && endpoint is string revocation)
        {
            using var response = await Client().PostAsync(revocation, new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["client_id"] = Options.ClientId!,
                    ["token"] = refreshToken,
                    ["token_type_hint"] = "refresh_token",
                }), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRevocationRefused(logger, (int)response.StatusCode);
            }
        }
    }

    private async Task<TokenSet?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var configuration = await ConfigurationAsync(cancellationToken);
        using var response = await Client().PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = Options.ClientId!,
                ["refresh_token"] = refreshToken,
            }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // A disabled account or a revoked token: the session ends and the user signs in again.
            LogRefreshRefused(logger, (int)response.StatusCode);
            return null;
        }

        using var answer = await JsonDocument.ParseAsync(
            await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = answer.RootElement;
        return new TokenSet(
            root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var rotated) ? rotated.GetString() : refreshToken,
            time.GetUtcNow().AddSeconds(root.GetProperty("expires_in").GetInt32()));
    }

    private async Task<TokenSet?> ReadAsync(string sessionId)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(sessionId));
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<TokenSet>(value.ToString());
    }

    private OpenIdConnectOptions Options => oidcOptions.Get(OpenIdConnectDefaults.AuthenticationScheme);

    private Task<Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration> ConfigurationAsync(
        CancellationToken cancellationToken) =>
        Options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);

    private HttpClient Client() => httpClients.CreateClient(nameof(SessionTokens));

    private static string Key(string sessionId) => $"loyalty:console:session:{sessionId}";

    [LoggerMessage(Level = LogLevel.Information, Message = "The Identity service refused a token refresh ({Status}).")]
    private static partial void LogRefreshRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Identity service refused a revocation ({Status}).")]
    private static partial void LogRevocationRefused(ILogger logger, int status);
}
