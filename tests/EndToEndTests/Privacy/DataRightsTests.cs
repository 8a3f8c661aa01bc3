using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.IntegrationTests.Support;
using Loyalty.Launcher;
using Npgsql;

namespace Loyalty.EndToEndTests.Privacy;

/// <summary>
/// Issue 20 on the whole platform, through the gateway: a member with a purchase, points, a coupon, messages and a
/// survey answer gets her data from every service once; erased on her request, no API and no database holds her name
/// or phone, the books and KPIs are unchanged, her old order still refunds, a replayed registration recreates
/// nothing, and her phone registers again as a new member.
/// </summary>
[Collection(StackCollection.Name)]
public class DataRightsTests(StackFixture stack)
{
    private const string Store = "SH-JINGAN-01";

    private static readonly string[] Services =
        ["campaign", "feedback", "identity", "members", "notification", "points", "segmentation"];

    [Fact]
    public async Task Her_data_is_exported_once_from_every_service_then_erased_everywhere_and_the_books_stay()
    {
        using var staff = await stack.ClientAsync("staff");
        using var admin = await stack.ClientAsync("admin");
        using var marketing = await stack.ClientAsync("marketing");
        var phone = Registrations.NewPhone();
        var name = PrivacyData.UniqueName();
        var tag = $"e2e-pv-{Guid.NewGuid():N}"[..20];
        var segment = $"rule-{tag}";
        (await marketing.PostAsJsonAsync("/api/segments/rules",
            new { slug = tag, name = "E2E privacy", criteria = new { tags = new[] { tag } } })).EnsureSuccessStatusCode();

        // A member with a survey invitation (a message) and its answer, a purchase (points) and a coupon.
        using var registered = await staff.PostAsJsonAsync("/api/members", new
        {
            phone, name, gender = "Female", birthDate = "1991-04-12", homeStoreId = Store, interestTags = new[] { tag },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var memberId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.PutAsJsonAsync($"/api/members/{memberId}/consents", new
        {
            consents = new[] { new { channel = "Sms", purpose = "Feedback", granted = true } },
        })).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(
            async () => (await staff.GetAsync($"/api/points/accounts/{memberId}")).IsSuccessStatusCode,
            StackFixture.EventTimeout, "Points opened the account");
        // The survey first: her purchase would schedule the after-treatment invitation for days later.
        using var member = await stack.ClientAsync("member", memberId);
        await Eventually.HoldsAsync(async () =>
            {
                using var sent = await marketing.PostAsJsonAsync(
                    "/api/feedback/surveys/after-treatment/sends", new { segmentCode = segment });
                return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invited").GetInt32() == 1;
            },
            StackFixture.EventTimeout, "Feedback invited her");
        Guid? invitationId = null;
        await Eventually.HoldsAsync(async () =>
                (invitationId = (await member.GetFromJsonAsync<JsonElement[]>("/api/feedback/invitations/me"))!
                    .Where(i => i.GetProperty("status").GetString() == "Open")
                    .Select(i => (Guid?)i.GetProperty("id").GetGuid()).FirstOrDefault()) is not null,
            StackFixture.EventTimeout, "her invitation went out");
        const string comment = "E2E 隐私：术后恢复很好";
        (await member.PostAsJsonAsync($"/api/feedback/invitations/{invitationId}/answers", new
        {
            answers = new Dictionary<string, object> { ["nps"] = 9, ["treatment"] = 5, ["comment"] = comment },
        })).EnsureSuccessStatusCode();
        var orderId = $"E2E-PV-{Guid.NewGuid():N}"[..24];
        (await staff.PostAsJsonAsync("/api/purchases", new
        {
            externalOrderId = orderId, memberId, storeId = Store, amount = 1_280m,
            paidAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount = 1_280m } },
        })).EnsureSuccessStatusCode();
        var template = await Campaign.CampaignApi.WakeUpTemplateAsync(admin, Store);
        using var issued = await staff.PostAsJsonAsync("/api/coupons",
            new { templateId = template, memberId, requestId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var couponCode = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

        await Eventually.HoldsAsync(async () =>
                (await member.GetFromJsonAsync<JsonElement>("/api/notifications/me/inbox"))
                .GetProperty("items").GetArrayLength() > 0,
            StackFixture.EventTimeout, "Notification sent her the invitation");
        await Eventually.HoldsAsync(async () =>
                (await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}/ledger"))
                .GetProperty("entries").GetArrayLength() >= 2,
            StackFixture.EventTimeout, "Points gave the purchase's points and the survey bonus");

        // She asks for her data: every service's part, in one archive, downloaded once.
        var export = await RequestAsync(member, "/api/members/me/data-requests", "Export");
        using (var again = await member.PostAsJsonAsync("/api/members/me/data-requests", new { kind = "Export" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("kind", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        }

        await WaitForStatusAsync(admin, export, "Ready");
        using var download = await member.GetAsync($"/api/members/me/data-requests/{export}/archive");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        using var archive = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var parts = archive.RootElement.GetProperty("parts");
        Assert.Equal(Services, parts.EnumerateObject().Select(p => p.Name).Order());
        Assert.All(parts.EnumerateObject(), p => Assert.Equal(memberId, p.Value.GetProperty("memberId").GetGuid()));
        Assert.Equal(7, archive.RootElement.GetProperty("summary").GetArrayLength());
        var profile = parts.GetProperty("members").GetProperty("profile");
        Assert.Equal((name, phone), (profile.GetProperty("name").GetString(), profile.GetProperty("phone").GetString()));
        Assert.Contains(parts.GetProperty("members").GetProperty("consentHistory").EnumerateArray(),
            c => c.GetProperty("purpose").GetString() == "Feedback" && c.GetProperty("granted").GetBoolean());
        Assert.Equal(orderId, parts.GetProperty("points").GetProperty("purchases")[0]
            .GetProperty("externalOrderId").GetString());
        Assert.Contains(parts.GetProperty("campaign").GetProperty("coupons").EnumerateArray(),
            c => c.GetProperty("code").GetString() == couponCode);
        Assert.Contains(parts.GetProperty("feedback").GetProperty("answers").EnumerateArray(),
            a => a.GetProperty("nps").GetInt32() == 9 && a.GetRawText().Contains(comment, StringComparison.Ordinal));
        Assert.Contains(parts.GetProperty("notification").GetProperty("messages").EnumerateArray(),
            m => m.GetProperty("templateCode").GetString() is not null);
        Assert.Contains(parts.GetProperty("segmentation").GetProperty("segments").EnumerateArray(),
            s => s.GetRawText().Contains(segment, StringComparison.Ordinal));
        Assert.True(parts.GetProperty("identity").GetProperty("known").GetBoolean());
        using (var second = await member.GetAsync($"/api/members/me/data-requests/{export}/archive"))
        {
            Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        }

        // The books before the erasure.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow,
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime).ToString("yyyy-MM-dd");
        async Task<string> BooksAsync() =>
            (await admin.GetStringAsync($"/api/purchases/daily?from={today}&to={today}&storeId={Store}"))
            + (await admin.GetFromJsonAsync<JsonElement>("/api/points/liability")).GetProperty("outstandingPoints");
        var registeredEventId = await stack.QueryAsync<Guid>("membersdb",
            """SELECT "Id" FROM outbox_messages WHERE "EventType" LIKE '%MemberRegistered' """
            + """AND "Payload"->>'memberId' = @member""", ("member", memberId.ToString()));
        var registeredPayload = await stack.QueryAsync<string>("membersdb",
            """SELECT "Payload"::text FROM outbox_messages WHERE "Id" = @id""", ("id", registeredEventId));
        var books = await BooksAsync();

        // She asks for erasure; an admin confirms it with a reason (the front desk cannot).
        var erasure = await RequestAsync(member, "/api/members/me/data-requests", "Erasure");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await staff.PostAsJsonAsync($"/api/members/data-requests/{erasure}/confirm", new { reason = "x" }))
            .StatusCode);
        using (var noReason = await admin.PostAsJsonAsync($"/api/members/data-requests/{erasure}/confirm", new { }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
                .TryGetProperty("reason", out _));
        }

        (await admin.PostAsJsonAsync($"/api/members/data-requests/{erasure}/confirm",
            new { reason = "会员本人申请删除，已核实身份" })).EnsureSuccessStatusCode();
        var erased = await WaitForStatusAsync(admin, erasure, "Erased");
        Assert.All(erased.GetProperty("services").EnumerateArray(),
            s => Assert.Equal(JsonValueKind.String, s.GetProperty("doneAt").ValueKind));
        Assert.Equal(Services, erased.GetProperty("services").EnumerateArray()
            .Select(s => s.GetProperty("service").GetString()).Order());

        // No API answers her name or phone.
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>($"/api/members?phone={phone}"))
            .GetProperty("totalMembers").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/api/members/me")).StatusCode);
        foreach (var read in new[]
                 {
                     $"/api/members/{memberId}", $"/api/members?name={Uri.EscapeDataString(name)}",
                     $"/api/members/{memberId}/data-requests", $"/api/notifications/messages?memberId={memberId}",
                     $"/api/feedback/invitations/{invitationId}/answers", $"/api/feedback/follow-ups?memberId={memberId}",
                     $"/api/segments/members/{memberId}", $"/api/coupons/members/{memberId}",
                     $"/api/points/accounts/{memberId}",
                 })
        {
            var body = await admin.GetStringAsync(read);
            Assert.False(body.Contains(phone, StringComparison.Ordinal) || body.Contains(name, StringComparison.Ordinal),
                $"{read} still names her: {body}");
        }

        // No database holds them; the books and KPIs are as they were; her old order still refunds.
        Assert.Empty(await PrivacyData.FindInEveryDatabaseAsync(stack.Settings, phone, name));
        Assert.Equal(books, await BooksAsync());
        using (var refund = await staff.PostAsJsonAsync($"/api/purchases/{orderId}/refunds",
                   new { amount = 280m }))
        {
            Assert.True(refund.IsSuccessStatusCode, await refund.Content.ReadAsStringAsync());
        }

        // Her registration published again (the same event, and a new one with her id and phone) recreates nothing.
        var newEventId = Guid.NewGuid();
        foreach (var eventId in new[] { registeredEventId, newEventId })
        {
            var replay = JsonNode.Parse(registeredPayload)!;
            replay["eventId"] = eventId;
            var envelope = JsonSerializer.Serialize(new
            {
                messageId = eventId,
                messageType = new[] { "urn:message:Loyalty.Contracts.Members:MemberRegistered",
                    "urn:message:Loyalty.Contracts:IntegrationEvent" },
                message = replay,
            });
            Assert.True(await stack.Rabbit.PublishAsync(StackFixture.VirtualHost, "loyalty.member-registered",
                envelope, "application/vnd.masstransit+json"));
        }

        foreach (var database in new[] { "pointsdb", "segmentationdb", "campaigndb", "notificationdb", "identitydb",
                     "feedbackdb" })
        {
            await Eventually.HoldsAsync(async () => await stack.QueryAsync<long>(database,
                    """SELECT count(*) FROM inbox_messages WHERE "EventId" = @id""", ("id", newEventId)) > 0,
                StackFixture.EventTimeout, $"{database} handled the new MemberRegistered");
        }

        Assert.Empty(await PrivacyData.FindInEveryDatabaseAsync(stack.Settings, phone, name));
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>($"/api/members?phone={phone}"))
            .GetProperty("totalMembers").GetInt32());

        // Her phone is free: she registers again, as a new member.
        using var anew = await staff.PostAsJsonAsync("/api/members", Registrations.NewMember(phone));
        Assert.Equal(HttpStatusCode.Created, anew.StatusCode);
        Assert.NotEqual(memberId, (await anew.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        (await marketing.DeleteAsync($"/api/segments/rules/{segment}")).EnsureSuccessStatusCode();
    }

    private static async Task<Guid> RequestAsync(HttpClient client, string path, string kind)
    {
        using var response = await client.PostAsJsonAsync(path, new { kind });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> WaitForStatusAsync(HttpClient admin, Guid requestId, string status)
    {
        JsonElement request = default;
        await Eventually.HoldsAsync(async () =>
                (request = await admin.GetFromJsonAsync<JsonElement>($"/api/members/data-requests/{requestId}"))
                .GetProperty("status").GetString() == status,
            StackFixture.EventTimeout, $"the request is {status}");
        return request;
    }
}

/// <summary>What the privacy tests share: a name nobody else has, and the scan of every database for personal data.</summary>
internal static class PrivacyData
{
    private const string Letters = "梅兰竹菊松柏桃李杏梨荷莲桂枫柳杨槐榕樱棠";

    public static string UniqueName() =>
        "隐" + string.Concat(Enumerable.Range(0, 4).Select(_ => Letters[Random.Shared.Next(Letters.Length)]));

    /// <summary>
    /// Every text, varchar and jsonb column of every table of every service's database in which one of the values
    /// occurs, as "database.table.column".
    /// </summary>
    public static async Task<List<string>> FindInEveryDatabaseAsync(StackSettings settings, params string[] values)
    {
        var found = new List<string>();
        foreach (var service in StackTopology.Services)
        {
            var database = settings.DatabaseName(service);
            await using var connection = new NpgsqlConnection(settings.PostgresConnectionString(database));
            await connection.OpenAsync();
            var columns = new List<(string Table, string Column)>();
            await using (var list = new NpgsqlCommand("""
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
                """, connection))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    columns.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (table, column) in columns)
            {
                await using var count = new NpgsqlCommand(
                    $"""SELECT count(*) FROM "{table}" WHERE "{column}"::text LIKE ANY (@patterns)""", connection);
                count.Parameters.AddWithValue("patterns", values.Select(v => $"%{v}%").ToArray());
                if ((long)(await count.ExecuteScalarAsync())! > 0)
                {
                    found.Add($"{database}.{table}.{column}");
                }
            }
        }

        return found;
    }
}
