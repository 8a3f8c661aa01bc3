namespace Loyalty.ServiceDefaults;

/// <summary>
/// The "Jwt" configuration section shared by the gateway and the services. Locally the launcher and the AppHost
/// provide a development signing key; in production it comes from a secret store.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "loyalty-aspire";

    public string Audience { get; set; } = "loyalty-api";

    /// <summary>HMAC-SHA256 key, at least 32 bytes of UTF-8.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Whether the gateway's POST /dev/token mints tokens for local work. Never on in production.</summary>
    public bool DevTokensEnabled { get; set; }
}
