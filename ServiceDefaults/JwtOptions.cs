namespace Loyalty.ServiceDefaults;

/// <summary>
/// How the gateway and the services check tokens: against the Identity service's issuer and published keys (JWKS),
/// nothing else. No process but the Identity service holds anything that can sign a token.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The configuration key Aspire and the launcher set to the Identity service's address.</summary>
    public const string IdentityAddressKey = "services:identity:http:0";

    /// <summary>
    /// The Identity service's issuer URL, whose discovery document names its keys. Defaults to the Identity service's
    /// address from service discovery (<see cref="IdentityAddressKey"/>).
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>The audience every platform token carries.</summary>
    public string Audience { get; set; } = "loyalty-api";

    /// <summary>Whether the gateway's POST /dev/token gets tokens for local work. Never on in production.</summary>
    public bool DevTokensEnabled { get; set; }
}
