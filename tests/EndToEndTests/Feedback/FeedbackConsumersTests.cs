using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Feedback;

/// <summary>
/// What the other services do with Feedback's answers, through the gateway and the real processes, with nothing
/// published by hand: a detractor's answer earns the survey bonus once, is her latest NPS in Segmentation, and fires a
/// DetractorAnswered campaign whose follow-up request opens a task in Feedback. And the advisor a purchase names.
/// </summary>
[Collection(StackCollection.Name)]
public class FeedbackConsumersTests(StackFixture stack)
{
    [Fact]
    public async Task A_detractors_answer_earns_the_bonus_once_is_her_latest_nps_and_opens_the_campaigns_follow_up()
    {
        using var staff = await stack.ClientAsync("staff");
        using var marketing = await stack.ClientAsync("marketing");
        var tag = $"e2e-nps-{Guid.NewGuid():N}"[..20];
        var segment = $"rule-{tag}";
        const string reason = "E2E: call the detractor back";
        var campaignId = await DetractorCampaignAsync(marketing, reason);
        using (var created = await marketing.PostAsJsonAsync("/api/segments/rules",
                   new { slug = tag, name = "E2E NPS", criteria = new { tags = new[] { tag } } }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        try
        {
            var memberId = await ConsentingMemberAsync(staff, tag);
            using var member = await stack.ClientAsync("member", memberId);
            await Eventually.HoldsAsync(
                async () => await InvitedAsync(marketing, segment),
                StackFixture.EventTimeout, "Feedback invited her (it has her segment and her Feedback consent)");
            var invitationId = await OpenInvitationAsync(member);

            using (var answered = await member.PostAsJsonAsync(
                       $"/api/feedback/invitations/{invitationId}/answers",
                       new { answers = new Dictionary<string, object> { ["nps"] = 4, ["treatment"] = 3 } }))
            {
                Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
            }

            using (var again = await member.PostAsJsonAsync(
                       $"/api/feedback/invitations/{invitationId}/answers",
                       new { answers = new Dictionary<string, object> { ["nps"] = 10, ["treatment"] = 5 } }))
            {
                Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            }

            var followUp = await FirstAsync(
                async () => (await staff.GetFromJsonAsync<JsonElement>($"/api/feedback/follow-ups?memberId={memberId}"))
                    .GetProperty("items").EnumerateArray().Where(t => t.GetProperty("source").GetString() == "Campaign")
                    .Select(t => (JsonElement?)t).SingleOrDefault(),
                "the campaign's follow-up task is open in Feedback");
            Assert.Equal(
                (campaignId, reason, "SH-JINGAN-01", "Open"),
                (followUp.GetProperty("campaignId").GetGuid(), followUp.GetProperty("reason").GetString(),
                    followUp.GetProperty("storeId").GetString(), followUp.GetProperty("status").GetString()));

            var latest = await FirstAsync(
                async () => (await staff.GetFromJsonAsync<JsonElement>($"/api/segments/members/{memberId}"))
                    .GetProperty("latestNps") is { ValueKind: JsonValueKind.Object } nps ? nps : (JsonElement?)null,
                "Segmentation keeps her latest NPS");
            Assert.Equal(
                (4, "Detractor"), (latest.GetProperty("score").GetInt32(), latest.GetProperty("group").GetString()));

            await Eventually.HoldsAsync(
                async () => (await SurveyBonusesAsync(staff, memberId)).Count > 0,
                StackFixture.EventTimeout, "Points gave the survey bonus");
            Assert.Equal([$"survey:{invitationId}"], await SurveyBonusesAsync(staff, memberId));
            var account = await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}");
            Assert.Equal(30, account.GetProperty("balance").GetInt64()); // the default policy's survey bonus, once
        }
        finally
        {
            (await marketing.PostAsync($"/api/campaigns/{campaignId}/end", null)).EnsureSuccessStatusCode();
            (await marketing.DeleteAsync($"/api/segments/rules/{segment}")).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task A_purchase_names_its_advisor_and_a_too_long_one_is_refused_naming_the_field()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await Registrations.RegisterWithAccountAsync(staff);
        object Purchase(string orderId, string advisorId) => new
        {
            externalOrderId = orderId, memberId, storeId = "SH-JINGAN-01", amount = 980m,
            paidAt = DateTimeOffset.UtcNow.AddMinutes(-1), advisorId,
            items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount = 980m } },
        };
        var orderId = $"E2E-ADV-{Guid.NewGuid():N}"[..24];

        using var refused = await staff.PostAsJsonAsync("/api/purchases", Purchase(orderId, new string('a', 65)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("advisorId", out _));

        using var recorded = await staff.PostAsJsonAsync("/api/purchases", Purchase(orderId, " demo.jingan "));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal("demo.jingan",
            (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("advisorId").GetString());
        var listed = await staff.GetFromJsonAsync<JsonElement>($"/api/purchases?memberId={memberId}");
        Assert.Equal("demo.jingan", listed.GetProperty("purchases")[0].GetProperty("advisorId").GetString());
    }

    /// <summary>An active DetractorAnswered campaign that only opens a follow-up, ending within the hour.</summary>
    private static async Task<Guid> DetractorCampaignAsync(HttpClient marketing, string reason)
    {
        using var created = await marketing.PostAsJsonAsync("/api/campaigns", new
        {
            name = "E2E detractor care", trigger = "DetractorAnswered", followUpReason = reason, followUpDueInDays = 1,
            endsAt = DateTimeOffset.UtcNow.AddHours(1),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaignId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("campaign")
            .GetProperty("id").GetGuid();
        (await marketing.PostAsync($"/api/campaigns/{campaignId}/activate", null)).EnsureSuccessStatusCode();
        return campaignId;
    }

    /// <summary>A member with the tag (so in the tag's rule segment) and SMS consent for Feedback.</summary>
    private static async Task<Guid> ConsentingMemberAsync(HttpClient staff, string tag)
    {
        using var registered = await staff.PostAsJsonAsync("/api/members", new
        {
            phone = Registrations.NewPhone(), name = "王丽", gender = "Female", birthDate = "1990-05-20",
            homeStoreId = "SH-JINGAN-01", interestTags = new[] { tag },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var memberId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var consent = await staff.PutAsJsonAsync($"/api/members/{memberId}/consents",
            new { consents = new[] { new { channel = "Sms", purpose = "Feedback", granted = true } } });
        Assert.True(consent.IsSuccessStatusCode, await consent.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(
            async () => (await staff.GetAsync($"/api/points/accounts/{memberId}")).IsSuccessStatusCode,
            StackFixture.EventTimeout, "Points opened the account");
        return memberId;
    }

    /// <summary>An operator's send to the segment: true once it invited her (skipped till Feedback knows).</summary>
    private static async Task<bool> InvitedAsync(HttpClient marketing, string segment)
    {
        using var sent = await marketing.PostAsJsonAsync(
            "/api/feedback/surveys/after-treatment/sends", new { segmentCode = segment });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invited").GetInt32() == 1;
    }

    private static Task<Guid> OpenInvitationAsync(HttpClient member) => FirstAsync(
        async () => (await member.GetFromJsonAsync<JsonElement[]>("/api/feedback/invitations/me"))!
            .Where(i => i.GetProperty("status").GetString() == "Open")
            .Select(i => (Guid?)i.GetProperty("id").GetGuid()).FirstOrDefault(),
        "her invitation went out");

    /// <summary>The first value <paramref name="read"/> gives, waiting for the events behind it.</summary>
    private static async Task<T> FirstAsync<T>(Func<Task<T?>> read, string what)
        where T : struct
    {
        T? value = null;
        await Eventually.HoldsAsync(async () => (value = await read()) is not null, StackFixture.EventTimeout, what);
        return value!.Value;
    }

    internal static async Task<List<string>> SurveyBonusesAsync(HttpClient staff, Guid memberId) =>
        (await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}/ledger?pageSize=100"))
        .GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("reason").GetString() == "survey-bonus")
        .Select(e => e.GetProperty("sourceRef").GetString()!).ToList();
}
