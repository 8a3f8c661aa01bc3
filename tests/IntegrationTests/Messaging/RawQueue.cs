using System.Text;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;
using RabbitMQ.Client;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>
/// A partner's view of the broker with a plain AMQP client, no MassTransit: its own queue bound to exchanges,
/// read with basic.get, so tests see the exact bytes on the wire.
/// </summary>
public sealed class RawQueue : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RawQueue(IConnection connection, IChannel channel, string name)
    {
        _connection = connection;
        _channel = channel;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Declares a queue of the test's own and binds it to
    /// the exchanges, which must exist (as for a partner).</summary>
    public static async Task<RawQueue> BindAsync(string virtualHost, string name, params string[] exchanges)
    {
        var queue = await OpenAsync(virtualHost, name, declare: true);
        foreach (var exchange in exchanges)
        {
            await queue._channel.QueueBindAsync(name, exchange, routingKey: "");
        }

        return queue;
    }

    /// <summary>Reads a queue that exists already (a service's _error queue, say) without redeclaring it.</summary>
    public static Task<RawQueue> OpenAsync(string virtualHost, string name) =>
        OpenAsync(virtualHost, name, declare: false);

    private static async Task<RawQueue> OpenAsync(string virtualHost, string name, bool declare)
    {
        TestServers.RequireRabbitMq();
        var factory = new ConnectionFactory
        {
            HostName = "127.0.0.1", Port = TestServers.AmqpPort, VirtualHost = virtualHost,
            UserName = "guest", Password = "guest",
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        if (declare)
        {
            await channel.QueueDeclareAsync(name, durable: false, exclusive: false, autoDelete: false);
        }

        return new RawQueue(connection, channel, name);
    }

    /// <summary>The next message's envelope and headers, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<(JsonElement Envelope, IDictionary<string, object?> Headers)> NextAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await _channel.BasicGetAsync(Name, autoAck: true) is { } result)
            {
                using var body = JsonDocument.Parse(result.Body);
                return (body.RootElement.Clone(), result.BasicProperties.Headers ?? new Dictionary<string, object?>());
            }

            Assert.True(DateTime.UtcNow < deadline, $"no message in {Name} within {timeout}");
            await Task.Delay(100);
        }
    }

    public static string Text(object? header) =>
        header is byte[] bytes ? Encoding.UTF8.GetString(bytes) : header?.ToString() ?? "";

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
