namespace Loyalty.Member.Extensions;

/// <summary>Where the member app finds the platform and how it signs members in.</summary>
public sealed class MemberAppOptions
{
    public const string SectionName = "MemberApp";

    /// <summary>The configuration key Aspire and the launcher set to the gateway's address.</summary>
    public const string GatewayAddressKey = "services:gateway:http:0";

    /// <summary>The OAuth client members sign in as (public: the phone-code grant).</summary>
    public string ClientId { get; set; } = "member-app";

    /// <summary>How long before an access token expires it is refreshed, so no page is read with a dying token.</summary>
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromMinutes(5);
}
