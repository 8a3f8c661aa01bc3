using System.Net;
using System.Net.Sockets;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.IntegrationTests.Messaging;
using Loyalty.IntegrationTests.Support;
using Loyalty.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Loyalty.IntegrationTests.Privacy;

/// <summary>
/// Nothing leaves the platform unasked. The guard every service runs (ServiceDefaults) hears the runtime's own
/// networking events: real sockets connect (to TEST-NET-1, 192.0.2.0/24, which nothing answers) and a real name is
/// resolved. MassTransit's usage telemetry is off on the bus every service builds.
/// </summary>
public class NothingLeavesUnaskedTests
{
    private const string Unconfigured = "192.0.2.1";

    [Fact]
    public async Task A_connection_to_an_unconfigured_address_is_warned_about_once_and_configured_ones_are_not()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:partnerdb"] = "Host=192.0.2.7;Port=5432;Database=crm",
            ["Notification:Http:Endpoint"] = "http://192.0.2.8:8080/send?token=secret",
        }).Build();
        var logger = new RecordingLogger();
        using var guard = new OutboundConnectionGuard(configuration, logger);
        await guard.StartAsync(CancellationToken.None);

        await TryConnectAsync("192.0.2.7", 5432);
        await TryConnectAsync("192.0.2.8", 8080);
        await TryConnectAsync("127.0.0.1", 9);
        await TryConnectAsync(Unconfigured, 80);
        await TryConnectAsync(Unconfigured, 443);
        try
        {
            await Dns.GetHostAddressesAsync("unconfigured-host.invalid");
        }
        catch (SocketException)
        {
            // .invalid never resolves; asking is what the guard hears.
        }

        await Eventually.HoldsAsync(
            () => Task.FromResult(logger.Warnings().Contains("unconfigured-host.invalid")),
            TimeSpan.FromSeconds(10), "the unconfigured name is warned about");
        await guard.StopAsync(CancellationToken.None);

        var warnings = logger.Warnings();
        Assert.Single(warnings, Unconfigured); // once, whatever the port
        Assert.DoesNotContain("192.0.2.7", warnings);
        Assert.DoesNotContain("192.0.2.8", warnings);
        Assert.DoesNotContain("127.0.0.1", warnings);
        Assert.All(logger.Messages(), message => Assert.DoesNotContain("secret", message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_event_bus_every_service_adds_reports_no_usage_telemetry_to_MassTransits_makers()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:eventbus"] = TestServers.AmqpUri("it");
        builder.AddEventBus<TestDbContext>("eventbus", "it");
        using var host = builder.Build();

        Assert.False(host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }

    [Theory]
    [InlineData("Host=db1.internal,db2.internal;Port=5432;Password=x", "db1.internal,db2.internal")]
    [InlineData("amqp://guest:guest@mq.internal:5672/e2e", "mq.internal")]
    [InlineData("cache.internal:6379,ssl=true,password=p", "cache.internal")]
    [InlineData("smtp.example.com", "smtp.example.com")]
    [InlineData("Information", "")]
    [InlineData("00:00:00.250", "")]
    public void Hosts_are_read_from_urls_connection_strings_and_host_settings(string value, string expected) =>
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), ConfiguredHosts.HostsIn(value));

    private static async Task TryConnectAsync(string address, int port)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        try
        {
            await socket.ConnectAsync(IPAddress.Parse(address), port, timeout.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            // Nothing listens there; the attempt is what counts.
        }
    }

    /// <summary>Keeps what the guard logs, to read it back.</summary>
    private sealed class RecordingLogger : ILogger<OutboundConnectionGuard>
    {
        private const string Warning = "Outbound connection to unconfigured address ";

        private readonly List<(EventId Id, string Message)> _entries = [];

        public List<string> Warnings()
        {
            lock (_entries)
            {
                return [.. _entries.Where(e => e.Id.Name == "UnconfiguredOutboundConnection")
                    .Select(e => e.Message.StartsWith(Warning, StringComparison.Ordinal) ? e.Message[Warning.Length..]
                        : e.Message)];
            }
        }

        public List<string> Messages()
        {
            lock (_entries)
            {
                return [.. _entries.Select(e => e.Message)];
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            lock (_entries)
            {
                _entries.Add((eventId, formatter(state, exception)));
            }
        }
    }
}
