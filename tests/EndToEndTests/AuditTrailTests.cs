using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Loyalty.EndToEndTests;

/// <summary>
/// The audit trail through the gateway: admins read who changed the earning policy and who activated a campaign (the
/// token's subject and role, the request's correlation id); nobody else may read it; nothing can alter an entry.
/// </summary>
[Collection(StackCollection.Name)]
public class AuditTrailTests(StackFixture stack)
{
    private static readonly string[] Services =
        ["members", "points", "segmentation", "campaign", "notification", "identity", "feedback"];

    [Fact]
    public async Task The_trail_shows_who_changed_the_earning_policy_and_what_changed()
    {
        var adminId = Guid.NewGuid();
        using var admin = await stack.ClientAsync("admin", adminId);
        var policy = await admin.GetFromJsonAsync<JsonElement>("/api/points/earning-policy");
        var surveyBonus = policy.GetProperty("surveyBonus").GetInt64();
        var changed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(policy.GetRawText())!;
        changed["surveyBonus"] = JsonSerializer.SerializeToElement(surveyBonus + 7);
        var correlationId = $"audit-{Guid.NewGuid():N}";
        try
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, "/api/points/earning-policy")
            {
                Content = JsonContent.Create(changed),
                Headers = { { "X-Correlation-Id", correlationId } },
            };
            (await admin.SendAsync(put)).EnsureSuccessStatusCode();

            var entry = await SingleEntryAsync(admin, $"/api/audit/points?entity=EarningPolicy&actor={adminId}");
            Assert.Equal(adminId.ToString(), entry.GetProperty("actorSubject").GetString());
            Assert.Equal("admin", entry.GetProperty("actorRoles").GetString());
            Assert.Equal("changed", entry.GetProperty("action").GetString());
            Assert.Equal(correlationId, entry.GetProperty("correlationId").GetString());
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("clientIp").GetString()));
            Assert.Equal(surveyBonus, entry.GetProperty("before").GetProperty("surveyBonus").GetInt64());
            Assert.Equal(surveyBonus + 7, entry.GetProperty("after").GetProperty("surveyBonus").GetInt64());
        }
        finally
        {
            // Other tests earn by the policy as it was.
            (await admin.PutAsJsonAsync("/api/points/earning-policy", policy)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task The_trail_shows_who_created_and_who_activated_a_campaign()
    {
        var adminId = Guid.NewGuid();
        using var admin = await stack.ClientAsync("admin", adminId);
        // Scheduled with no run time: it runs only by hand, so activating it sends nothing to anyone.
        using var created = await admin.PostAsJsonAsync("/api/campaigns", new
        {
            name = "审计 e2e", trigger = "Schedule", targetSegments = new[] { "lifecycle-dormant" }, bonusPoints = 10,
            holdoutPercent = 0, budget = 100,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaignId = (await created.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("campaign").GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/campaigns/{campaignId}/activate", null)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/campaigns/{campaignId}/end", null)).EnsureSuccessStatusCode();

        var page = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/audit/campaign?entity=MarketingCampaign&actor={adminId}");
        var entries = page.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("entityId").GetString() == campaignId.ToString()).ToList();
        Assert.Equal(["ended", "activated", "created"], entries.Select(e => e.GetProperty("action").GetString()));
        var activation = entries[1];
        Assert.Equal("admin", activation.GetProperty("actorRoles").GetString());
        Assert.Equal("Draft", activation.GetProperty("before").GetProperty("status").GetString());
        Assert.Equal("Active", activation.GetProperty("after").GetProperty("status").GetString());
        // A campaign's name sits under a key that can hold a person's name: masked like one.
        Assert.DoesNotContain("审计 e2e", page.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_changed_by_staff_is_recorded_and_the_members_own_choice_is_not()
    {
        var staffId = Guid.NewGuid();
        using var staff = await stack.ClientAsync("staff", staffId);
        var memberId = await Registrations.RegisterAsync(staff);
        using var member = await stack.ClientAsync("member", memberId);
        using var admin = await stack.ClientAsync("admin");

        (await member.PutAsJsonAsync("/api/members/me/consents",
            new { consents = new[] { new { channel = "Sms", purpose = "Marketing", granted = true } } }))
            .EnsureSuccessStatusCode();
        (await staff.PutAsJsonAsync($"/api/members/{memberId}/consents",
            new { consents = new[] { new { channel = "Sms", purpose = "Marketing", granted = false } } }))
            .EnsureSuccessStatusCode();

        var byStaff = await SingleEntryAsync(admin, $"/api/audit/members?entity=ConsentRecord&actor={staffId}");
        Assert.Equal(("staff", "changed"), (byStaff.GetProperty("actorRoles").GetString(),
            byStaff.GetProperty("action").GetString()));
        Assert.Equal(memberId, byStaff.GetProperty("after").GetProperty("memberId").GetGuid());
        Assert.False(byStaff.GetProperty("after").GetProperty("granted").GetBoolean());
        var byMember = await admin.GetFromJsonAsync<JsonElement>($"/api/audit/members?actor={memberId}");
        Assert.Equal(0, byMember.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_staff_account_created_by_an_admin_is_recorded_without_its_name_or_password()
    {
        var adminId = Guid.NewGuid();
        using var admin = await stack.ClientAsync("admin", adminId);
        var userName = $"audit-{Guid.NewGuid():N}"[..20];
        using var created = await admin.PostAsJsonAsync("/api/identity/staff", new
        {
            userName, displayName = "审计员工", password = "correct horse battery staple", roles = new[] { "marketing" },
            storeIds = Array.Empty<string>(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/audit/identity?entity=StaffMember&actor={adminId}");
        var entry = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("created", entry.GetProperty("action").GetString());
        Assert.Equal(userName, entry.GetProperty("after").GetProperty("userName").GetString());
        Assert.Equal("marketing", entry.GetProperty("after").GetProperty("roles")[0].GetString());
        Assert.DoesNotContain("审计员工", page.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", page.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_read_the_trail_of_any_service()
    {
        using var anonymous = new HttpClient { BaseAddress = stack.Stack.GatewayUrl };
        foreach (var role in (string[])["staff", "marketing", "ops", "partner", "member"])
        {
            using var caller = await stack.ClientAsync(role, role == "member" ? Guid.NewGuid() : null);
            foreach (var service in Services)
            {
                using var response = await caller.GetAsync($"/api/audit/{service}");
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} on {service}: {response.StatusCode}");
            }
        }

        using var admin = await stack.ClientAsync("admin");
        foreach (var service in Services)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/audit/{service}")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/audit/{service}")).StatusCode);
        }
    }

    [Fact]
    public async Task An_entry_cannot_be_altered_through_the_api_nor_by_an_update_in_the_database()
    {
        var adminId = Guid.NewGuid();
        using var admin = await stack.ClientAsync("admin", adminId);
        var policy = await admin.GetFromJsonAsync<JsonElement>("/api/points/earning-policy");
        (await admin.PutAsJsonAsync("/api/points/earning-policy", policy)).EnsureSuccessStatusCode();
        var path = $"/api/audit/points?actor={adminId}";
        var entry = await SingleEntryAsync(admin, path);
        var id = entry.GetProperty("id").GetInt64();

        foreach (var target in (string[])["/api/audit/points", $"/api/audit/points/{id}"])
        {
            foreach (var method in (HttpMethod[])[HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete, HttpMethod.Post])
            {
                using var attempt = new HttpRequestMessage(method, target)
                {
                    Content = JsonContent.Create(new { actorSubject = "someone-else" }),
                };
                using var response = await admin.SendAsync(attempt);
                Assert.True(
                    response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound,
                    $"{method} {target}: {response.StatusCode}");
            }
        }

        var update = await Assert.ThrowsAsync<PostgresException>(() => stack.QueryAsync<object>(
            "pointsdb", "UPDATE audit_entries SET \"ActorSubject\" = 'someone-else' WHERE \"Id\" = @id", ("id", id)));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, update.SqlState);
        await Assert.ThrowsAsync<PostgresException>(() => stack.QueryAsync<object>(
            "pointsdb", "DELETE FROM audit_entries WHERE \"Id\" = @id", ("id", id)));

        Assert.Equal(entry.GetRawText(), (await SingleEntryAsync(admin, path)).GetRawText());
    }

    private static async Task<JsonElement> SingleEntryAsync(HttpClient admin, string path)
    {
        var page = await admin.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        return page.GetProperty("items")[0];
    }
}
