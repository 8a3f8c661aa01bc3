using System.Security.Cryptography;
using Loyalty.BuildingBlocks.Auditing;
using Loyalty.ServiceDefaults;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// Partner systems' OAuth clients: an admin registers one with the scopes it may ask for and gets its secret once
/// (OpenIddict stores only a hash), and revokes it, after which it can get no new token.
/// </summary>
public sealed class PartnerClients(IOpenIddictApplicationManager applications, IAuditTrail audit)
{
    public const string ClientIdPrefix = "partner-";

    private const string PartnerClientEntity = "PartnerClient";

    public async Task<PartnerClientOutcome> RegisterAsync(
        string displayName, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var unknown = scopes.Where(scope => !ApiScopes.All.Contains(scope)).ToList();
        if (scopes.Count == 0 || unknown.Count > 0)
        {
            return new PartnerClientOutcome.Invalid(new Dictionary<string, string[]>
            {
                ["scopes"] = [$"Give one or more of: {string.Join(", ", ApiScopes.All)}."],
            });
        }

        var clientId = ClientIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName.Trim(),
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
        descriptor.Permissions.UnionWith(scopes.Select(scope => Permissions.Prefixes.Scope + scope));
        // Staged first: OpenIddict's store saves it with the client (never the secret: only what the client may do).
        audit.Record(PartnerClientEntity, clientId, AuditActions.Registered, null,
            new { clientId, PartnerName = descriptor.DisplayName, scopes });
        await applications.CreateAsync(descriptor, cancellationToken);
        return new PartnerClientOutcome.Registered(clientId, secret, descriptor.DisplayName, scopes);
    }

    public async Task<IReadOnlyList<PartnerClient>> ListAsync(CancellationToken cancellationToken)
    {
        var clients = new List<PartnerClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var clientId = await applications.GetClientIdAsync(application, cancellationToken);
            if (clientId?.StartsWith(ClientIdPrefix, StringComparison.Ordinal) == true)
            {
                var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
                clients.Add(new PartnerClient(
                    clientId,
                    await applications.GetDisplayNameAsync(application, cancellationToken),
                    [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                        .Select(p => p[Permissions.Prefixes.Scope.Length..])]));
            }
        }

        return clients;
    }

    /// <summary>False when there is no such partner client.</summary>
    public async Task<bool> RevokeAsync(string clientId, CancellationToken cancellationToken)
    {
        if (!clientId.StartsWith(ClientIdPrefix, StringComparison.Ordinal)
            || await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return false;
        }

        audit.Record(PartnerClientEntity, clientId, AuditActions.Revoked, new { clientId }, null);
        await applications.DeleteAsync(application, cancellationToken);
        return true;
    }
}

public sealed record PartnerClient(string ClientId, string? DisplayName, IReadOnlyList<string> Scopes);

public abstract record PartnerClientOutcome
{
    public sealed record Registered(string ClientId, string Secret, string? DisplayName, IReadOnlyList<string> Scopes)
        : PartnerClientOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : PartnerClientOutcome;
}
