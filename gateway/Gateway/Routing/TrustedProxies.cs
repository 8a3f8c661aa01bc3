using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Loyalty.Gateway.Routing;

/// <summary>
/// The front ends that call the gateway for someone else (the member app, for every member's phone) and may say
/// whose address it is: X-Forwarded-For is believed only from the addresses and networks listed in
/// Gateway:TrustedProxies (none by default), so per-address limits count the phone, not the app. From any other
/// caller the header is replaced by the caller's own address, as before (YARP sets it from the connection).
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "Gateway:TrustedProxies";

    public static void AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        var trusted = builder.Configuration.GetSection(Section).Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            // One hop: the address the trusted front end saw, never what the phone claimed before it.
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in trusted)
            {
                if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException(
                        $"{Section} lists '{entry}', which is neither an address nor a network (10.0.0.0/8).");
                }
            }
        });
    }
}
