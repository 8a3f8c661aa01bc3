using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// The platform's own clients, registered (or brought up to date) at start: the POS signs staff in by password, the
/// member app and pages sign members in by phone and code, the web console by authorization code with PKCE (its
/// redirect addresses are configuration: <see cref="ClientAddresses.ForConsole"/>), and in Development the
/// development client takes the development grant. None has a secret: they run where a secret could not be kept.
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
        await EnsureAsync(Pos, "Front desk (POS)", ClientAddresses.None, cancellationToken,
            Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken);

        await EnsureAsync(MemberApp, "Member app and pages", ClientAddresses.None, cancellationToken,
            Permissions.Prefixes.GrantType + SignInMember.GrantType, Permissions.GrantTypes.RefreshToken);

        await EnsureAsync(Console, "Marketing console", ClientAddresses.ForConsole(configuration), cancellationToken,
            Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code, Permissions.Scopes.Profile);

        if (environment.IsDevelopment())
        {
            await EnsureAsync(Development, "Development tokens", ClientAddresses.None, cancellationToken,
                Permissions.Prefixes.GrantType + SignInForDevelopment.GrantType);
        }
    }

    private async Task EnsureAsync(
        string clientId, string displayName, ClientAddresses addresses, CancellationToken cancellationToken,
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
        descriptor.RedirectUris.UnionWith(addresses.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(addresses.PostLogoutRedirectUris);

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

/// <summary>Where a client may send the browser back to after sign-in and after sign-out.</summary>
public sealed record ClientAddresses(IReadOnlyList<Uri> RedirectUris, IReadOnlyList<Uri> PostLogoutRedirectUris)
{
    /// <summary>The ASP.NET Core OpenID Connect handler's own callback paths, which the console keeps.</summary>
    public const string SignInCallback = "/signin-oidc";

    public const string SignOutCallback = "/signout-callback-oidc";

    private const string ConsoleSection = "Identity:Console";

    public static ClientAddresses None { get; } = new([], []);

    /// <summary>
    /// Identity:Console:RedirectUris and :PostLogoutRedirectUris as listed, and for each of :BaseAddresses (one per
    /// address the console is reached at) its sign-in and sign-out callbacks.
    /// </summary>
    public static ClientAddresses ForConsole(IConfiguration configuration)
    {
        var console = configuration.GetSection(ConsoleSection);
        string[] List(string key) => console.GetSection(key).Get<string[]>() ?? [];
        var bases = List("BaseAddresses").Select(address => address.TrimEnd('/')).ToList();
        return new(
            [.. List("RedirectUris").Concat(bases.Select(address => address + SignInCallback)).Select(Absolute)],
            [.. List("PostLogoutRedirectUris").Concat(bases.Select(address => address + SignOutCallback))
                .Select(Absolute)]);
    }

    private static Uri Absolute(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{ConsoleSection}: '{address}' is not an absolute address.");
}
