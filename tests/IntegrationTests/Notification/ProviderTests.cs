using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Infrastructure.Providers;
using Microsoft.Extensions.Options;

namespace Loyalty.IntegrationTests.Notification;

/// <summary>The real adapters against listeners the test starts: an HTTP endpoint and a minimal SMTP server.</summary>
public class ProviderTests
{
    private static readonly DateTimeOffset ShanghaiMorning = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static HttpListener Listen(int port)
    {
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        return listener;
    }

    /// <summary>Answers one request with each status in turn, with no body.</summary>
    private static Task AnswerInTurn(HttpListener listener, params int[] statuses) => Task.Run(async () =>
    {
        foreach (var status in statuses)
        {
            var context = await listener.GetContextAsync();
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    });

    [Fact]
    public async Task An_http_provider_that_fails_twice_then_succeeds_delivers_once_with_backoff_and_a_valid_signature()
    {
        const string secret = "test-shared-secret";
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/sms/");
        listener.Start();
        var received = new List<(string Body, string? Signature, string? MessageId)>();
        var serving = Task.Run(async () =>
        {
            // 503, 503, then 200 with the provider's own id.
            for (var i = 0; i < 3; i++)
            {
                var context = await listener.GetContextAsync();
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                received.Add((await reader.ReadToEndAsync(), context.Request.Headers[HttpProvider.SignatureHeader],
                    context.Request.Headers[HttpProvider.MessageIdHeader]));
                context.Response.StatusCode = i < 2 ? 503 : 200;
                if (i == 2)
                {
                    var answer = """{"messageId":"sms-gw-42"}"""u8.ToArray();
                    context.Response.ContentType = "application/json";
                    await context.Response.OutputStream.WriteAsync(answer);
                }

                context.Response.Close();
            }
        });

        var providerOptions = new ProviderOptions
        {
            Default = HttpProvider.ProviderName,
            Http = new HttpProviderOptions { Url = new Uri($"http://127.0.0.1:{port}/sms/send"), Secret = secret },
        };
        using var http = new HttpProvider(Options.Create(providerOptions));
        await using var notification = new NotificationHarness(ShanghaiMorning, providerOptions, http);
        await notification.InitializeAsync();
        var memberId = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Transactional)]);
        var request = notification.Request(memberId, ConsentPurpose.Transactional, "coupon:http");
        await notification.AcceptAsync(request);

        Assert.Equal(1, await notification.DispatchAsync());
        var afterFirst = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Queued, 1, ShanghaiMorning.AddSeconds(30)),
            (afterFirst.Status, afterFirst.Attempts, afterFirst.DueAt));
        Assert.Equal(0, await notification.DispatchAsync()); // not before its backoff

        notification.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await notification.DispatchAsync());
        var afterSecond = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Queued, 2, notification.Clock.GetUtcNow().AddSeconds(60)),
            (afterSecond.Status, afterSecond.Attempts, afterSecond.DueAt));

        notification.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await notification.DispatchAsync());
        await serving.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await notification.DispatchAsync());

        var sent = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Sent, 3, "http", "sms-gw-42", (string?)null),
            (sent.Status, sent.Attempts, sent.Provider, sent.ProviderMessageId, sent.Error));
        Assert.Equal(["NotificationSent"], await notification.EventsForAsync(request.RequestId));

        Assert.Equal(3, received.Count);
        Assert.All(received, r =>
        {
            Assert.Equal(HttpProvider.Sign(secret, Encoding.UTF8.GetBytes(r.Body)), r.Signature);
            Assert.Equal(sent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.MessageId);
        });
        using var body = JsonDocument.Parse(received[2].Body);
        Assert.Equal(("13912345678", "Sms", "王丽您好，您获得一张80元优惠券，券码CPN-7Q4M，2026-12-31前在静安旗舰店使用有效。"),
            (body.RootElement.GetProperty("recipient").GetString(), body.RootElement.GetProperty("channel").GetString(),
                body.RootElement.GetProperty("body").GetString()));
    }

    [Fact]
    public async Task An_http_provider_that_rejects_the_message_fails_it_for_good_without_retrying()
    {
        var port = FreePort();
        using var listener = Listen(port);
        var serving = AnswerInTurn(listener, 422);

        var providerOptions = new ProviderOptions { Default = "http",
            Http = new HttpProviderOptions { Url = new Uri($"http://127.0.0.1:{port}/"), Secret = "s" } };
        using var http = new HttpProvider(Options.Create(providerOptions));
        await using var notification = new NotificationHarness(ShanghaiMorning, providerOptions, http);
        await notification.InitializeAsync();
        var memberId = await notification.AddMemberAsync(consents: [(Channel.Push, ConsentPurpose.Transactional)]);
        var request = notification.Request(memberId, ConsentPurpose.Transactional, "coupon:rejected", Channel.Push);
        await notification.AcceptAsync(request);

        Assert.Equal(1, await notification.DispatchAsync());
        await serving.WaitAsync(TimeSpan.FromSeconds(10));
        var failed = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Failed, 1, "HTTP provider answered 422 Unprocessable Entity"),
            (failed.Status, failed.Attempts, failed.Error));
        Assert.Equal(["NotificationFailed"], await notification.EventsForAsync(request.RequestId));
    }

    [Fact]
    public async Task A_marketing_message_rejected_for_good_gives_its_place_under_the_daily_cap_back()
    {
        var port = FreePort();
        using var listener = Listen(port);
        var serving = AnswerInTurn(listener, 422, 200); // the first message is rejected, the second accepted

        var providerOptions = new ProviderOptions { Default = "http",
            Http = new HttpProviderOptions { Url = new Uri($"http://127.0.0.1:{port}/"), Secret = "s" } };
        using var http = new HttpProvider(Options.Create(providerOptions));
        await using var notification = new NotificationHarness(ShanghaiMorning, providerOptions, http);
        await notification.InitializeAsync();
        var memberId = await notification.AddMemberAsync(consents: [(Channel.Sms, ConsentPurpose.Marketing)]);
        var rejected = notification.Request(memberId, ConsentPurpose.Marketing, "campaign-8:coupon");
        var next = notification.Request(memberId, ConsentPurpose.Marketing, "campaign-9:coupon");

        await notification.AcceptAsync(rejected);
        Assert.Equal(1, await notification.DispatchAsync());
        Assert.Equal(MessageStatus.Failed, (await notification.MessageAsync(rejected.RequestId)).Status);

        // One marketing message a day: the failed one did not use it up.
        await notification.AcceptAsync(next);
        Assert.Equal(1, await notification.DispatchAsync());
        await serving.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(MessageStatus.Sent, (await notification.MessageAsync(next.RequestId)).Status);
    }

    [Fact]
    public async Task Email_goes_out_over_smtp_to_the_address_the_request_gave_with_the_rendered_subject_and_body()
    {
        var port = FreePort();
        using var smtp = new TinySmtpServer(port);
        var serving = smtp.ServeOneAsync();

        var providerOptions = new ProviderOptions
        {
            Channels = { [Channel.Email] = SmtpProvider.ProviderName },
            Smtp = new SmtpProviderOptions { Host = "127.0.0.1", Port = port, From = "clinic@loyalty.local" },
        };
        await using var notification = new NotificationHarness(ShanghaiMorning, providerOptions,
            new SmtpProvider(Options.Create(providerOptions)));
        await notification.InitializeAsync();
        var memberId = await notification.AddMemberAsync(consents: [(Channel.Email, ConsentPurpose.Transactional)]);
        var request = notification.Request(memberId, ConsentPurpose.Transactional, "points:email",
            Channel.Email, "points-expiring",
            new Dictionary<string, string> { ["points"] = "300", ["expiryDate"] = "2026-12-31",
                ["email"] = "wang.li@example.com" });
        await notification.AcceptAsync(request);

        var stored = await notification.MessageAsync(request.RequestId);
        Assert.DoesNotContain("wang.li", stored.ProtectedRecipient); // protected at rest

        Assert.Equal(1, await notification.DispatchAsync());
        var mail = await serving.WaitAsync(TimeSpan.FromSeconds(10));
        var sent = await notification.MessageAsync(request.RequestId);
        Assert.Equal((MessageStatus.Sent, "smtp"), (sent.Status, sent.Provider));
        Assert.Equal(("<clinic@loyalty.local>", "<wang.li@example.com>"), (mail.From, mail.To));
        var decoded = TinySmtpServer.Decode(mail.Data);
        Assert.Contains("积分即将到期", decoded);
        Assert.Contains("王丽您好，您有300积分将于2026-12-31到期，欢迎到静安旗舰店使用。", decoded);
    }
}
