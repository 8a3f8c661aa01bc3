using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Notification;

/// <summary>A registered member with consent gets a requested message:
/// captured locally, in her inbox and the operators' outbox.</summary>
[Collection(StackCollection.Name)]
public class NotificationThroughGatewayTests(StackFixture stack)
{
    private Task<bool> PublishRequestAsync(Guid requestId, Guid memberId, string dedupeKey) =>
        stack.Rabbit.PublishAsync(StackFixture.VirtualHost,
            "loyalty.notification-requested", JsonSerializer.Serialize(new
        {
            messageId = Guid.NewGuid(),
            messageType = new[] { "urn:message:Loyalty.Contracts.Notification:NotificationRequested" },
            message = new
            {
                eventId = Guid.NewGuid(), occurredAt = DateTimeOffset.UtcNow, schemaVersion = 1, requestId, memberId,
                channel = "Sms", purpose = "Transactional", templateCode = "points-expiring",
                variables = new Dictionary<string, string> { ["points"] = "300", ["expiryDate"] = "2026-12-31" },
                dedupeKey, campaignId = (Guid?)null,
            },
        }), "application/vnd.masstransit+json");

    [Fact]
    public async Task A_requested_message_reaches_the_members_inbox_once_and_operators_see_it_and_the_duplicate()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await Registrations.RegisterAsync(staff);
        using var member = await stack.ClientAsync("member", memberId);
        (await member.PutAsJsonAsync("/api/members/me/consents", new
        {
            consents = new[] { new { channel = "Sms", purpose = "Transactional", granted = true } },
        })).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<long>("notificationdb",
                """SELECT count(*) FROM consents WHERE "MemberId" = @m AND "Granted" """, ("m", memberId)) == 1,
            StackFixture.EventTimeout, "Notification heard of the consent");

        var (first, repeat) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.True(await PublishRequestAsync(first, memberId, "points-expiring:lot-1"));

        const string expected = "王丽您好，您有300积分将于2026-12-31到期，欢迎到静安旗舰店使用。";
        JsonElement inbox = default;
        await Eventually.HoldsAsync(async () =>
        {
            inbox = await member.GetFromJsonAsync<JsonElement>("/api/notifications/me/inbox");
            return inbox.GetProperty("total").GetInt32() >= 1;
        }, StackFixture.EventTimeout, "the message reached the member's inbox");
        var item = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal((expected, "Delivered", "Sms"), (item.GetProperty("body").GetString(),
            item.GetProperty("status").GetString(), item.GetProperty("channel").GetString()));

        // The requester asks again under the same dedupe key (a retried campaign run): suppressed, not sent twice.
        Assert.True(await PublishRequestAsync(repeat, memberId, "points-expiring:lot-1"));

        JsonElement outbox = default;
        await Eventually.HoldsAsync(async () =>
        {
            outbox = await staff.GetFromJsonAsync<JsonElement>($"/api/notifications/messages?memberId={memberId}");
            return outbox.GetProperty("total").GetInt32() == 2;
        }, StackFixture.EventTimeout, "operators see the message and the suppressed repeat");
        var byRequest = outbox.GetProperty("items").EnumerateArray()
            .ToDictionary(m => m.GetProperty("requestId").GetGuid());
        Assert.Equal(("Delivered", "local"),
            (byRequest[first].GetProperty("status").GetString(), byRequest[first].GetProperty("provider").GetString()));
        Assert.Equal(("Suppressed", "Duplicate"), (byRequest[repeat].GetProperty("status").GetString(),
            byRequest[repeat].GetProperty("suppressionReason").GetString()));
        Assert.Equal(1L, await stack.QueryAsync<long>("notificationdb",
            """SELECT count(*) FROM outbox_messages WHERE "EventType" = """ +
            """'Loyalty.Contracts.Notification.NotificationSent' AND "Payload"->>'memberId' = @m""",
            ("m", memberId.ToString())));

        // The console's outbox filters and status chips: template, requested-at range, counts by status.
        var requestedAt = byRequest[first].GetProperty("requestedAt").GetDateTimeOffset();
        var range = $"from={Uri.EscapeDataString(requestedAt.AddMinutes(-5).ToString("O"))}"
            + $"&to={Uri.EscapeDataString(requestedAt.AddMinutes(5).ToString("O"))}";
        var suppressed = await staff.GetFromJsonAsync<JsonElement>(
            $"/api/notifications/messages?memberId={memberId}&template=points-expiring&status=suppressed&{range}");
        Assert.Equal(repeat, Assert.Single(suppressed.GetProperty("items").EnumerateArray())
            .GetProperty("requestId").GetGuid());
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>(
                $"/api/notifications/messages?memberId={memberId}&template=wake-up-coupon"))
            .GetProperty("total").GetInt32());
        var later = Uri.EscapeDataString(requestedAt.AddMinutes(5).ToString("O"));
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>(
            $"/api/notifications/messages?memberId={memberId}&from={later}")).GetProperty("total").GetInt32());
        var counts = await staff.GetFromJsonAsync<JsonElement>(
            $"/api/notifications/messages/counts?memberId={memberId}&channel=Sms&{range}");
        var byStatus = counts.GetProperty("byStatus");
        Assert.Equal((2, 1, 1, 0, 0), (counts.GetProperty("total").GetInt32(),
            byStatus.GetProperty("Delivered").GetInt32(), byStatus.GetProperty("Suppressed").GetInt32(),
            byStatus.GetProperty("Queued").GetInt32(), byStatus.GetProperty("Failed").GetInt32()));
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>(
            $"/api/notifications/messages/counts?memberId={memberId}&channel=Email")).GetProperty("total").GetInt32());
        foreach (var (query, field) in new[]
        {
            ($"to={Uri.EscapeDataString(requestedAt.ToString("O"))}&from={later}", "to"),
            ("template=", "template"), ("channel=Fax", "channel"),
        })
        {
            using var bad = await staff.GetAsync($"/api/notifications/messages/counts?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
                .TryGetProperty(field, out _), $"the 400 for {query} names {field}");
        }

        // Members see only their own inbox, never the operators' view.
        Assert.Equal(HttpStatusCode.Forbidden,
            (await member.GetAsync($"/api/notifications/messages?memberId={memberId}")).StatusCode);
        using var other = await stack.ClientAsync("member", Guid.NewGuid());
        Assert.Equal(0,
            (await other.GetFromJsonAsync<JsonElement>("/api/notifications/me/inbox")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Admins_edit_and_preview_templates_and_a_missing_variable_is_a_400_naming_it()
    {
        using var admin = await stack.ClientAsync("admin");
        using var preview = await admin.PostAsJsonAsync("/api/notifications/templates/preview", new
        {
            code = "points-expired", channel = "WeChat", language = "zh-CN",
            variables = new Dictionary<string, string> { ["memberName"] = "王丽",
                ["points"] = "120", ["store"] = "静安旗舰店" },
        });
        preview.EnsureSuccessStatusCode();
        Assert.Equal("王丽您好，您有120积分已到期，如有疑问请联系静安旗舰店。",
            (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("body").GetString());

        using var missing = await admin.PostAsJsonAsync("/api/notifications/templates/preview", new
        {
            code = "points-expired", channel = "WeChat", language = "zh-CN",
            variables = new Dictionary<string, string> { ["memberName"] = "王丽" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("points", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .GetProperty("variables")[0].GetString());

        var code = $"e2e-{Guid.NewGuid():N}"[..20];
        using var saved = await admin.PutAsJsonAsync($"/api/notifications/templates/{code}/Email/en",
            new { subject = "Hi {{memberName}}", body = "See you at {{store}}." });
        saved.EnsureSuccessStatusCode();
        Assert.Equal(["memberName", "store"], (await saved.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("variables").EnumerateArray().Select(v => v.GetString()));
        using var noSubject =
            await admin.PutAsJsonAsync($"/api/notifications/templates/{code}/Email/en", new { body = "See you." });
        Assert.Equal(HttpStatusCode.BadRequest, noSubject.StatusCode);

        using var staff = await stack.ClientAsync("staff");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await staff.PutAsJsonAsync($"/api/notifications/templates/{code}/Sms/en", new { body = "x" })).StatusCode);
        var shipped = await staff.GetFromJsonAsync<JsonElement>("/api/notifications/templates?code=wake-up-coupon");
        Assert.Equal(8, shipped.GetArrayLength()); // 4 channels × zh-CN and en
    }
}
