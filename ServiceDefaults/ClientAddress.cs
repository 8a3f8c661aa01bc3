using Microsoft.AspNetCore.Http;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// The address a request came from, as the services see it behind the gateway: X-Forwarded-For, which the gateway
/// sets (YARP's default replaces whatever a client sent, so the first entry is the gateway's caller, or the client a
/// proxy in front of the gateway names), else the connection's own address (a caller on this machine).
/// Used for the audit trail and for rate limits.
/// </summary>
public static class ClientAddress
{
    public const int MaxLength = 64;

    public static string Of(HttpContext http)
    {
        var forwarded = http.Request.Headers["X-Forwarded-For"].ToString()
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault();
        var address = forwarded ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return address.Length > MaxLength ? address[..MaxLength] : address;
    }
}
