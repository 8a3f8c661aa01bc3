using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Loyalty.ServiceDefaults;

/// <summary>
/// Nothing leaves the platform unasked: watches every connection the process starts (System.Net.Sockets' ConnectStart)
/// and every name it resolves (System.Net.NameResolution's ResolutionStart) and warns, once per address, when it is
/// neither loopback nor a host named in the configuration (connection strings, services__*, the OTLP endpoint, the
/// Identity authority, a provider's or partner's address). It does not block: the warning is for the tests that fail
/// on it and for ops. Only the address is logged, never a path or a query.
/// </summary>
public sealed partial class OutboundConnectionGuard : IHostedService, IDisposable
{
    private readonly ILogger<OutboundConnectionGuard> _logger;
    private readonly HashSet<string> _configuredNames;
    private readonly HashSet<IPAddress> _configuredAddresses;
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.OrdinalIgnoreCase);
    private readonly Channel<string> _pending = Channel.CreateUnbounded<string>(new() { SingleReader = true });
    private NetworkEventListener? _listener;
    private Task? _checking;
    private IReadOnlySet<IPAddress>? _resolvedConfiguredNames;

    public OutboundConnectionGuard(IConfiguration configuration, ILogger<OutboundConnectionGuard> logger)
    {
        _logger = logger;
        var hosts = ConfiguredHosts.In(configuration).Append(Dns.GetHostName()).Append("localhost").ToList();
        _configuredAddresses = [.. hosts.Select(h => IPAddress.TryParse(h, out var ip) ? Normalized(ip) : null)
            .OfType<IPAddress>()];
        _configuredNames = new(hosts.Where(h => !IPAddress.TryParse(h, out _)), StringComparer.OrdinalIgnoreCase);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _checking = Task.Run(CheckAsync, CancellationToken.None);
        _listener = new NetworkEventListener { Sink = address => _pending.Writer.TryWrite(address) };
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        if (_checking is not null)
        {
            await _checking.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Stops listening; the addresses already heard are still checked.</summary>
    public void Dispose()
    {
        _listener?.Dispose();
        _pending.Writer.TryComplete();
    }

    /// <summary>Off the event's thread: an address that is not allowed is logged once.</summary>
    private async Task CheckAsync()
    {
        await foreach (var address in _pending.Reader.ReadAllAsync())
        {
            if (!_seen.ContainsKey(address) && !await IsAllowedAsync(address) && _seen.TryAdd(address, true))
            {
                LogUnconfigured(_logger, address);
            }
        }
    }

    private async Task<bool> IsAllowedAsync(string address)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return _configuredNames.Contains(address);
        }

        ip = Normalized(ip);
        if (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)
            || _configuredAddresses.Contains(ip))
        {
            return true;
        }

        // A configured host name (a database server, a provider): its addresses, resolved when first needed.
        _resolvedConfiguredNames ??= await ResolveAsync(_configuredNames);
        return _resolvedConfiguredNames.Contains(ip);
    }

    private static async Task<IReadOnlySet<IPAddress>> ResolveAsync(IEnumerable<string> names)
    {
        var addresses = new HashSet<IPAddress>();
        foreach (var name in names)
        {
            try
            {
                addresses.UnionWith((await Dns.GetHostAddressesAsync(name)).Select(Normalized));
            }
            catch (Exception ex) when (ex is System.Net.Sockets.SocketException or ArgumentException)
            {
                // Not a resolvable name (a configured value that only looked like one).
            }
        }

        return addresses;
    }

    private static IPAddress Normalized(IPAddress ip) => ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;

    [LoggerMessage(
        EventId = 9001,
        EventName = "UnconfiguredOutboundConnection",
        Level = LogLevel.Warning,
        Message = "Outbound connection to unconfigured address {Address}")]
    private static partial void LogUnconfigured(ILogger logger, string address);

    /// <summary>
    /// Hears the runtime's networking events. EventListener's constructor already enables the existing sources, so
    /// an event or two may come before <see cref="Sink"/> is set: those are dropped.
    /// </summary>
    private sealed partial class NetworkEventListener : EventListener
    {
        public Action<string>? Sink { get; init; }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name is "System.Net.Sockets" or "System.Net.NameResolution")
            {
                EnableEvents(eventSource, EventLevel.Informational);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData is { EventName: "ConnectStart" or "ResolutionStart", Payload: [string value, ..] }
                && (eventData.EventName == "ResolutionStart" ? value : IpOf(value)) is { Length: > 0 } address)
            {
                Sink?.Invoke(address);
            }
        }

        /// <summary>
        /// The IP of a SocketAddress as the runtime writes it ("InterNetwork:16:{0,80,192,0,2,1,…}": port, then the
        /// address); null for a Unix socket.
        /// </summary>
        private static string? IpOf(string socketAddress)
        {
            if (SocketAddressText().Match(socketAddress) is not { Success: true } match)
            {
                return IPEndPoint.TryParse(socketAddress, out var endPoint) ? endPoint.Address.ToString() : null;
            }

            var bytes = match.Groups["bytes"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(b => byte.Parse(b, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            return match.Groups["family"].Value switch
            {
                "InterNetwork" when bytes.Length >= 6 => new IPAddress(bytes.AsSpan(2, 4)).ToString(),
                // A dual-mode socket connects to an IPv4 address as ::ffff:a.b.c.d: named as the IPv4 it is.
                "InterNetworkV6" when bytes.Length >= 22 => Normalized(new IPAddress(bytes.AsSpan(6, 16))).ToString(),
                _ => null,
            };
        }

        [GeneratedRegex(@"^(?<family>\w+):\d+:\{(?<bytes>[\d,]*)\}$")]
        private static partial Regex SocketAddressText();
    }
}

/// <summary>The hosts a service's configuration names: in URLs, connection strings and host settings.</summary>
public static class ConfiguredHosts
{
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "server", "data source", "address", "addr", "endpoint", "hostname",
    };

    public static IEnumerable<string> In(IConfiguration configuration) =>
        configuration.AsEnumerable().Select(pair => pair.Value).OfType<string>().SelectMany(HostsIn)
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "http://idp.example.com/x" → idp.example.com; "Host=db1,db2;Port=5432" → db1, db2;
    /// "cache.internal:6379,ssl=true" → cache.internal; "smtp.example.com" → itself. Words without a dot count only
    /// under a host key or in a URL.
    /// </summary>
    public static IEnumerable<string> HostsIn(string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            yield return uri.IdnHost.Trim('[', ']');
            yield break;
        }

        string? key = null;
        var parts = value.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var text = part;
            if (part.IndexOf('=') is var equals and > 0)
            {
                key = part[..equals].Trim();
                text = part[(equals + 1)..].Trim();
            }
            else if (key is not null && !HostKeys.Contains(key))
            {
                key = null; // "Host=a,b": a later part without a key belongs to the key before it
            }

            if (key is not null && !HostKeys.Contains(key))
            {
                continue;
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var inner) && inner.Host.Length > 0)
            {
                yield return inner.IdnHost.Trim('[', ']');
            }
            else if (HostOf(text) is { } host
                && (key is not null || host.Contains('.') || IPAddress.TryParse(host, out _)))
            {
                yield return host;
            }
        }
    }

    /// <summary>"name:port" or "[v6]:port" without the port, if what remains is a host name or an address.</summary>
    private static string? HostOf(string text)
    {
        if (IPAddress.TryParse(text, out var ip))
        {
            return ip.ToString();
        }

        var host = text.StartsWith('[') && text.IndexOf(']') is var close and > 0 ? text[1..close]
            : text.LastIndexOf(':') is var colon and > 0 ? text[..colon]
            : text;
        return Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6
            ? host
            : null;
    }
}
