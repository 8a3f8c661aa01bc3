using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Loyalty.IntegrationTests.Support;
using Loyalty.Launcher;

namespace Loyalty.EndToEndTests.Feedback;

/// <summary>
/// The survey flow of issue 17 on the whole platform: a treatment purchase schedules an invitation; after the delay
/// (Feedback's moved clock, POST /dev/clock) it is in the member's inbox with her personal link; she answers NPS 4;
/// SurveyAnswered goes out, Points grants one survey bonus, a follow-up opens at her store and the store's NPS moves
/// as the formula says; a second answer, an expired link and a member without consent are refused. It runs on a
/// platform of its own, since moving Feedback's clock would move it for every test after it.
/// </summary>
[Collection(MovedClockStackCollection.Name)]
public partial class SurveyFlowTests(MovedClockStackFixture stack)
{
    private const string Store = "SH-JINGAN-01";

    [Fact]
    public async Task A_treatment_purchase_invites_her_after_the_delay_and_her_detractor_answer_opens_a_follow_up()
    {
        using var staff = await stack.ClientAsync("staff");
        using var marketing = await stack.ClientAsync("marketing");
        var (answering, expiring, unconsenting) = (await Registrations.RegisterAsync(staff),
            await Registrations.RegisterAsync(staff), await Registrations.RegisterAsync(staff));
        foreach (var memberId in new[] { answering, expiring })
        {
            (await staff.PutAsJsonAsync($"/api/members/{memberId}/consents", new
            {
                consents = new[] { new { channel = "Sms", purpose = "Feedback", granted = true } },
            })).EnsureSuccessStatusCode();
            foreach (var database in new[] { "feedbackdb", "notificationdb" })
            {
                await Eventually.HoldsAsync(async () => await stack.QueryAsync<long>(database,
                        """
                        SELECT count(*) FROM consents WHERE "MemberId" = @m AND "Purpose" = 'Feedback' AND "Granted"
                        """, ("m", memberId)) == 1,
                    StackFixture.EventTimeout, $"{database} knows her Feedback consent");
            }
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var resultsPath = $"/api/feedback/results?storeId={Store}&from={today.AddDays(-2):yyyy-MM-dd}"
            + $"&to={today.AddDays(30):yyyy-MM-dd}";
        var before = (await marketing.GetFromJsonAsync<JsonElement>(resultsPath)).GetProperty("overall");

        foreach (var memberId in new[] { answering, expiring, unconsenting })
        {
            (await staff.PostAsJsonAsync("/api/purchases", new
            {
                externalOrderId = $"POS-{Guid.NewGuid():N}",
                memberId,
                storeId = Store,
                amount = 2680m,
                items = new[] { new { sku = "LASER-1", category = "laser", quantity = 1, amount = 2680m } },
                paidAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            })).EnsureSuccessStatusCode();
        }

        await Eventually.HoldsAsync(async () => await InvitationStatusAsync(unconsenting) == "Skipped"
                && await InvitationStatusAsync(answering) == "Scheduled"
                && await InvitationStatusAsync(expiring) == "Scheduled",
            StackFixture.EventTimeout, "Feedback scheduled two invitations and skipped the member without consent");

        await AdvanceFeedbackClockAsync(days: 4); // past 3 clinic days at 10:00
        using var member = await stack.ClientAsync("member", answering);
        var token = await LinkTokenInInboxAsync(member);
        var mine = await member.GetFromJsonAsync<JsonElement[]>("/api/feedback/invitations/me");
        var invitation = Assert.Single(mine!);
        Assert.Equal(("Open", Store), (invitation.GetProperty("status").GetString(),
            invitation.GetProperty("storeId").GetString()));
        var invitationId = invitation.GetProperty("id").GetGuid();

        // The public link shows the survey without signing in; a bad answer is refused naming the question.
        using var anonymous = new HttpClient { BaseAddress = stack.Stack.GatewayUrl };
        var link = await anonymous.GetFromJsonAsync<JsonElement>($"/api/feedback/links/{token}");
        Assert.Equal("after-treatment", link.GetProperty("survey").GetProperty("code").GetString());
        using var invalid = await member.PostAsJsonAsync($"/api/feedback/invitations/{invitationId}/answers",
            new { answers = new { nps = 11 } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("answers.nps", out _));
        Assert.True(errors.TryGetProperty("answers.treatment", out _)); // required, not given

        using var answered = await member.PostAsJsonAsync($"/api/feedback/invitations/{invitationId}/answers",
            new { answers = new { nps = 4, treatment = 4, comment = "效果一般" } });
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        var answerId = (await answered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answerId").GetGuid();

        using var again = await member.PostAsJsonAsync($"/api/feedback/invitations/{invitationId}/answers",
            new { answers = new { nps = 9, treatment = 5 } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var againByLink = await anonymous.PostAsJsonAsync($"/api/feedback/links/{token}/answers",
            new { answers = new { nps = 9, treatment = 5 } });
        Assert.Equal(HttpStatusCode.Conflict, againByLink.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/api/feedback/links/{token}")).StatusCode);

        await Eventually.HoldsAsync(async () => await stack.QueryAsync<long>("feedbackdb",
                """
                SELECT count(*) FROM outbox_messages WHERE "EventType" LIKE '%SurveyAnswered%'
                    AND "PublishedAt" IS NOT NULL AND "Payload"->>'answerId' = @a
                    AND "Payload"->>'npsGroup' = 'Detractor'
                """, ("a", answerId.ToString())) == 1,
            StackFixture.EventTimeout, "SurveyAnswered (a detractor) was published");

        var followUps = await staff.GetFromJsonAsync<JsonElement>(
            $"/api/feedback/follow-ups?storeId={Store}&memberId={answering}");
        var followUp = Assert.Single(followUps.GetProperty("items").EnumerateArray());
        Assert.Equal(("Detractor", "Open", invitationId), (followUp.GetProperty("source").GetString(),
            followUp.GetProperty("status").GetString(), followUp.GetProperty("invitationId").GetGuid()));

        // Whoever calls her back reads what she said; marketing reads results, not her words.
        var given = await staff.GetFromJsonAsync<JsonElement>($"/api/feedback/invitations/{invitationId}/answers");
        Assert.Equal(("4", "4", "效果一般"), (given.GetProperty("values").GetProperty("nps").GetString(),
            given.GetProperty("values").GetProperty("treatment").GetString(),
            given.GetProperty("values").GetProperty("comment").GetString()));
        Assert.Equal(HttpStatusCode.NotFound,
            (await marketing.GetAsync($"/api/feedback/invitations/{invitationId}/answers")).StatusCode);

        // The desk calls her and closes the task; a second outcome is refused; open tasks list first.
        var taskId = followUp.GetProperty("id").GetGuid();
        (await staff.PostAsJsonAsync("/api/feedback/follow-ups", new { memberId = answering, reason = "回访复诊" }))
            .EnsureSuccessStatusCode();
        using (var resolved = await staff.PostAsJsonAsync($"/api/feedback/follow-ups/{taskId}/outcome",
                   new { outcome = "Resolved", note = "约了免费复诊" }))
        {
            Assert.Equal("Closed", (await resolved.Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("status").GetString());
        }

        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync(
            $"/api/feedback/follow-ups/{taskId}/outcome", new { outcome = "Complaint" })).StatusCode);
        var tasks = (await staff.GetFromJsonAsync<JsonElement>($"/api/feedback/follow-ups?memberId={answering}"))
            .GetProperty("items").EnumerateArray()
            .Select(t => (t.GetProperty("source").GetString(), t.GetProperty("status").GetString())).ToList();
        Assert.Equal([("Operator", "Open"), ("Detractor", "Closed")], tasks);

        // Points grants the survey bonus from SurveyAnswered, once for the invitation (the second answer was refused).
        await Eventually.HoldsAsync(
            async () => (await FeedbackConsumersTests.SurveyBonusesAsync(staff, answering)).Count > 0,
            StackFixture.EventTimeout, "Points gave the survey bonus");
        Assert.Equal([$"survey:{invitationId}"], await FeedbackConsumersTests.SurveyBonusesAsync(staff, answering));

        var after = (await marketing.GetFromJsonAsync<JsonElement>(resultsPath)).GetProperty("overall");
        int Count(JsonElement score, string name) => score.GetProperty(name).GetInt32();
        Assert.Equal(Count(before, "detractors") + 1, Count(after, "detractors"));
        var (promoters, detractors, answers) =
            (Count(after, "promoters"), Count(after, "detractors"), Count(after, "answers"));
        Assert.Equal(Math.Round(100.0 * (promoters - detractors) / answers, 1), after.GetProperty("nps").GetDouble());

        // Her link's companion expires: 7 days after it went out, it is refused.
        using var other = await stack.ClientAsync("member", expiring);
        var expiringToken = await LinkTokenInInboxAsync(other);
        await AdvanceFeedbackClockAsync(days: 8);
        Assert.Equal(HttpStatusCode.Gone,
            (await anonymous.GetAsync($"/api/feedback/links/{expiringToken}")).StatusCode);
        using var late = await anonymous.PostAsJsonAsync($"/api/feedback/links/{expiringToken}/answers",
            new { answers = new { nps = 10, treatment = 5 } });
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);

        // No consent, no invitation: nothing in her inbox, and the staff list says why.
        using var third = await stack.ClientAsync("member", unconsenting);
        var inbox = await third.GetFromJsonAsync<JsonElement>("/api/notifications/me/inbox");
        Assert.DoesNotContain(inbox.GetProperty("items").EnumerateArray(),
            m => m.GetProperty("templateCode").GetString() == "survey-invitation");
        var skipped = await staff.GetFromJsonAsync<JsonElement>($"/api/feedback/invitations?memberId={unconsenting}");
        Assert.Equal("NoConsent",
            Assert.Single(skipped.GetProperty("items").EnumerateArray()).GetProperty("skipReason").GetString());
    }

    private Task<string?> InvitationStatusAsync(Guid memberId) => stack.QueryAsync<string?>("feedbackdb",
        """SELECT "Status" FROM invitations WHERE "MemberId" = @m""", ("m", memberId));

    private async Task AdvanceFeedbackClockAsync(double days)
    {
        using var admin = await stack.ClientAsync("admin");
        admin.BaseAddress = stack.Settings.UrlOf(StackTopology.Feedback); // not routed by the gateway
        (await admin.PostAsJsonAsync("/dev/clock", new { advanceDays = days })).EnsureSuccessStatusCode();
    }

    /// <summary>Waits for the survey invitation in her inbox and reads the token of its personal link.</summary>
    internal static async Task<string> LinkTokenInInboxAsync(HttpClient member)
    {
        string? token = null;
        await Eventually.HoldsAsync(async () =>
            {
                var inbox = await member.GetFromJsonAsync<JsonElement>("/api/notifications/me/inbox");
                token = inbox.GetProperty("items").EnumerateArray()
                    .Where(m => m.GetProperty("templateCode").GetString() == "survey-invitation")
                    .Select(m => LinkToken().Match(m.GetProperty("body").GetString() ?? "").Groups[1].Value)
                    .FirstOrDefault(t => t.Length > 0);
                return token is not null;
            },
            StackFixture.EventTimeout, "the survey invitation with her personal link is in her inbox");
        return token!;
    }

    [GeneratedRegex(@"/s/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkToken();
}
