using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>Profile edits, staff search and consent, through the gateway with member and staff tokens.</summary>
[Collection(StackCollection.Name)]
public class ProfileAndConsentTests(StackFixture stack)
{
    private static object Profile(string birthDate = "1990-05-20", string[]? tags = null) => new
    {
        name = "王丽",
        gender = "Female",
        birthDate,
        skinType = "sensitive",
        interestTags = tags ?? ["Anti-Aging", "laser"],
        homeStoreId = "SH-XUHUI-02",
    };

    [Fact]
    public async Task A_member_edits_her_own_profile_Points_follows_the_new_birth_date_and_nobody_else_may_edit_it()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await Registrations.RegisterWithAccountAsync(staff);
        var other = await Registrations.RegisterAsync(staff);
        using var member = await stack.ClientAsync("member", memberId);

        using var edited = await member.PutAsJsonAsync("/api/members/me", Profile("1990-02-14"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var profile = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Sensitive", "SH-XUHUI-02", "1990-02-14"),
            (profile.GetProperty("skinType").GetString(), profile.GetProperty("homeStoreId").GetString(),
                profile.GetProperty("birthDate").GetString()));
        Assert.Equal(["anti-aging", "laser"],
            profile.GetProperty("interestTags").EnumerateArray().Select(t => t.GetString()));

        Assert.Equal(HttpStatusCode.Forbidden,
            (await member.PutAsJsonAsync($"/api/members/{other}", Profile())).StatusCode);
        using var invalid = await member.PutAsJsonAsync($"/api/members/{memberId}", Profile("2999-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("birthDate", out _));

        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<DateOnly>("pointsdb", """SELECT "BirthDate" FROM accounts """ +
                """WHERE "MemberId" = @m""", ("m", memberId)) == new DateOnly(1990, 2, 14),
            StackFixture.EventTimeout, "Points took the corrected birth date from MemberProfileUpdated");
        const string published = """SELECT count(*) FROM outbox_messages WHERE "EventType" = """ +
            """'Loyalty.Contracts.Members.MemberProfileUpdated' AND "Payload"->>'memberId' = @m""";
        Assert.Equal(1L, await stack.QueryAsync<long>("membersdb", published, ("m", memberId.ToString())));

        // Sending the same profile again changes nothing and publishes nothing.
        (await member.PutAsJsonAsync("/api/members/me", Profile("1990-02-14"))).EnsureSuccessStatusCode();
        Assert.Equal(1L, await stack.QueryAsync<long>("membersdb", published, ("m", memberId.ToString())));
    }

    [Fact]
    public async Task Staff_find_members_by_phone_in_any_spelling_and_by_tag_and_members_may_not_search()
    {
        using var staff = await stack.ClientAsync("staff");
        var phone = Registrations.NewPhone();
        var memberId = await Registrations.RegisterAsync(staff, phone);
        var tag = $"t-{Guid.NewGuid():N}"[..20];
        (await staff.PutAsJsonAsync($"/api/members/{memberId}", Profile(tags: [tag]))).EnsureSuccessStatusCode();

        var byPhone = await staff.GetFromJsonAsync<JsonElement>(
            $"/api/members?phone=%2B86%20{phone[..3]}-{phone[3..7]}-{phone[7..]}");
        Assert.Equal(memberId,
            Assert.Single(byPhone.GetProperty("members").EnumerateArray()).GetProperty("id").GetGuid());
        var byTag = await staff.GetFromJsonAsync<JsonElement>($"/api/members?tag={tag.ToUpperInvariant()}");
        Assert.Equal((1, memberId), (byTag.GetProperty("totalMembers").GetInt32(),
            byTag.GetProperty("members")[0].GetProperty("id").GetGuid()));

        using var badPhone = await staff.GetAsync("/api/members?phone=12345");
        Assert.Equal(HttpStatusCode.BadRequest, badPhone.StatusCode);
        Assert.True((await badPhone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("phone", out _));

        using var member = await stack.ClientAsync("member", memberId);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/members?phone={phone}")).StatusCode);
    }

    [Fact]
    public async Task Consent_changes_are_kept_with_time_and_source_published_once_and_readable()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await Registrations.RegisterAsync(staff);
        using var member = await stack.ClientAsync("member", memberId);

        var initial = await member.GetFromJsonAsync<JsonElement[]>("/api/members/me/consents");
        Assert.Equal(12, initial!.Length); // 4 channels × Marketing, Transactional, Feedback
        Assert.All(initial, c => Assert.False(c.GetProperty("granted").GetBoolean()));

        object Grant(string channel, string purpose, bool granted) => new { channel, purpose, granted };
        (await member.PutAsJsonAsync("/api/members/me/consents",
            new { consents = new[] { Grant("Sms", "Marketing", true), Grant("WeChat", "Transactional", true) } }))
            .EnsureSuccessStatusCode();
        using var withdrawn = await staff.PutAsJsonAsync($"/api/members/{memberId}/consents",
            new { consents = new[] { Grant("Sms", "Marketing", false), Grant("WeChat", "Transactional", true) } });
        var current = (await withdrawn.Content.ReadFromJsonAsync<JsonElement[]>())!.ToDictionary(c =>
            $"{c.GetProperty("channel").GetString()}/{c.GetProperty("purpose").GetString()}");

        Assert.Equal((false, "front-desk"), (current["Sms/Marketing"].GetProperty("granted").GetBoolean(),
            current["Sms/Marketing"].GetProperty("source").GetString()));
        Assert.Equal((true, "app"), (current["WeChat/Transactional"].GetProperty("granted").GetBoolean(),
            current["WeChat/Transactional"].GetProperty("source").GetString()));
        Assert.Equal(JsonValueKind.Null, current["Email/Marketing"].GetProperty("changedAt").ValueKind);

        // Grant, withdrawal, and the WeChat grant: three events; repeating the WeChat grant published nothing.
        const string published = """SELECT count(*) FROM outbox_messages WHERE "EventType" = """ +
            """'Loyalty.Contracts.Members.MemberConsentChanged' AND "Payload"->>'memberId' = @m""";
        Assert.Equal(3L, await stack.QueryAsync<long>("membersdb", published, ("m", memberId.ToString())));

        using var invalid = await member.PutAsJsonAsync("/api/members/me/consents",
            new { consents = new[] { new { channel = "Sms", granted = true } } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("consents[0]", out _));

        var stranger = await Registrations.RegisterAsync(staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/members/{stranger}/consents")).StatusCode);
    }
}
