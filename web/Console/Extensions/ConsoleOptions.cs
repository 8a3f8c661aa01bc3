namespace Loyalty.Console.Extensions;

/// <summary>
/// Where the console finds the platform: the gateway (every API call) and the Identity service (sign-in).
/// </summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The configuration key Aspire and the launcher set to the gateway's address.</summary>
    public const string GatewayAddressKey = "services:gateway:http:0";

    /// <summary>
    /// The gateway as the browser reaches it, where staff are sent to sign in; defaults to the gateway's address from
    /// service discovery, which is the same on one machine.
    /// </summary>
    public string? PublicGatewayAddress { get; set; }

    /// <summary>The OAuth client the console signs in as (public, authorization code with PKCE).</summary>
    public string ClientId { get; set; } = "console";
}
