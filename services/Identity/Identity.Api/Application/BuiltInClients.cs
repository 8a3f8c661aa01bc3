using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// The platform's own clients, registered (or brought up to date) at start: the POS signs staff in by password, the
/// member app and pages sign members in by phone and code, the web console by authorization code with PKCE (its
/// redirect addresses are configuration: Identity:Console), and in Development the development client takes the
/// development grant. None has a secret: they run where a secret could not be kept.
/// </summary>
public sealed class BuiltInClients(
    IOpenIddictApplicationManager applications, IConfiguration configuration, IHostEnvironment environment)
{
    public const string Pos = "pos";
    public const string MemberApp = "member-app";
    public const string Console = "console";
    public const string Development = "development";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(Pos, "Front desk (POS)", [], cancellationToken,
            Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken);

        await EnsureAsync(MemberApp, "Member app and pages", [], cancellationToken,
            Permissions.Prefixes.GrantType + SignInMember.GrantType, Permissions.GrantTypes.RefreshToken);

        var redirects = configuration.GetSection("Identity:Console:RedirectUris").Get<string[]>() ?? [];
        await EnsureAsync(Console, "Marketing console", redirects, cancellationToken,
            Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code);

        if (environment.IsDevelopment())
        {
            await EnsureAsync(Development, "Development tokens", [], cancellationToken,
                Permissions.Prefixes.GrantType + SignInForDevelopment.GrantType);
        }
    }

    private async Task EnsureAsync(
        string clientId, string displayName, IReadOnlyList<string> redirects, CancellationToken cancellationToken,
        params string[] permissions)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientType = ClientTypes.Public,
        };
        // Revocation is how a client signs out: its refresh token stops working at once.
        descriptor.Permissions.UnionWith(
            [Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, .. permissions, Permissions.Scopes.Roles]);
        descriptor.Permissions.Add(Permissions.Prefixes.Scope + Scopes.OfflineAccess);
        foreach (var redirect in redirects)
        {
            descriptor.RedirectUris.Add(new Uri(redirect));
        }

        if (clientId == Console)
        {
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }
}
