using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.Console;

/// <summary>
/// The console's feedback pages on real answers: an operator reads a clinic's NPS on Results after two of its members
/// answered the survey as themselves, and a front-desk account records the outcome of a follow-up at its clinic.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class FeedbackConsoleTests(StackFixture stack, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private const string SurveyStore = "SZ-SIP-01";
    private const string DeskStore = "SH-XUHUI-02";

    [Fact]
    public async Task An_operator_reads_a_stores_NPS_with_its_interval_on_Results_after_its_members_answered()
    {
        using var marketing = await stack.ClientAsync("marketing");
        await AnsweredAsync(marketing, SurveyStore, [10, 3]);
        // The last 30 days up to tomorrow: the clinics' day (Shanghai) can be a day ahead of UTC's.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var range = $"from={today.AddDays(-30):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        var expected = await marketing.GetFromJsonAsync<JsonElement>(
            $"/api/feedback/results?{range}&storeId={SurveyStore}&groupBy=store");
        var overall = expected.GetProperty("overall");
        Assert.True(overall.GetProperty("answers").GetInt32() >= 2, $"the store's answers: {overall}");

        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["marketing"], [], "/feedback/results");
        await ConsoleBrowser.StepsAsync(page, "feedback-results", async () =>
        {
            await page.GotoAsync(new Uri(stack.ConsoleAddress, "/feedback/results?" + range).ToString());
            await Assertions.Expect(page.Locator("h4")).ToHaveTextAsync("满意度结果");
            await page.ClickAsync("#feedback-store");
            await page.ClickAsync($"[data-test=store-option-{SurveyStore}]");
            var answers = overall.GetProperty("answers").GetInt32();
            await Assertions.Expect(page.Locator("#feedback-overall-answers"))
                .ToHaveTextAsync(answers.ToString("N0", CultureInfo.InvariantCulture));
            await Assertions.Expect(page.Locator("#feedback-overall-nps"))
                .ToHaveTextAsync(Nps(overall.GetProperty("nps").GetDouble()));
            await Assertions.Expect(page.Locator("#feedback-overall-nps + .mud-typography"))
                .ToContainTextAsync($"[{overall.GetProperty("npsLower95").GetDouble():0.0}, ");
            await Assertions.Expect(page.Locator($"[data-test=feedback-group][data-key={SurveyStore}]"))
                .ToBeVisibleAsync();
            await ConsoleBrowser.CaptureAsync(page, "feedback-results");
        });
    }

    [Fact]
    public async Task A_front_desk_account_calling_a_detractor_back_reads_what_she_answered()
    {
        const string store = "HZ-XIHU-01";
        using var marketing = await stack.ClientAsync("marketing");
        var memberId = Assert.Single(await AnsweredAsync(marketing, store, [2]));
        using var staff = await stack.ClientAsync("staff");
        var followUpId = Guid.Empty;
        await Eventually.HoldsAsync(async () =>
        {
            var tasks = await staff.GetFromJsonAsync<JsonElement>($"/api/feedback/follow-ups?memberId={memberId}");
            var detractor = tasks.GetProperty("items").EnumerateArray()
                .FirstOrDefault(t => t.GetProperty("source").GetString() == "Detractor");
            followUpId = detractor.ValueKind == JsonValueKind.Object ? detractor.GetProperty("id").GetGuid() : Guid.Empty;
            return followUpId != Guid.Empty;
        }, StackFixture.EventTimeout, "her answer opened a follow-up");

        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["staff"], [store], "/feedback/follow-ups");
        await ConsoleBrowser.StepsAsync(page, "feedback-follow-up-answer", async () =>
        {
            await page.ClickAsync($"[data-test=follow-up-row][data-id='{followUpId}']");
            await Assertions.Expect(page.Locator("[data-test=follow-up-answer-nps]")).ToContainTextAsync("推荐");
            await Assertions.Expect(page.Locator("[data-test=follow-up-answer-nps] b")).ToHaveTextAsync("2");
            await Assertions.Expect(page.Locator("[data-test=follow-up-answer-treatment] b")).ToHaveTextAsync("2");
            await ConsoleBrowser.CaptureAsync(page, "feedback-follow-up-answer");
        });
    }

    [Fact]
    public async Task A_front_desk_account_records_the_outcome_of_a_follow_up_at_its_store()
    {
        using var staff = await stack.ClientAsync("staff");
        using var marketing = await stack.ClientAsync("marketing");
        var memberId = await Registrations.RegisterAsync(staff, homeStoreId: DeskStore);
        // An operator opens it at her home store, once Feedback has heard of her (MemberRegistered).
        var followUpId = Guid.Empty;
        await Eventually.HoldsAsync(async () =>
        {
            using var opened = await marketing.PostAsJsonAsync("/api/feedback/follow-ups", new
            {
                memberId, reason = "术后第三天回访",
            });
            if (opened.StatusCode == HttpStatusCode.Created)
            {
                followUpId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            }

            return followUpId != Guid.Empty;
        }, StackFixture.EventTimeout, "the follow-up was opened");

        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["staff"], [DeskStore], "/feedback/follow-ups");
        await ConsoleBrowser.StepsAsync(page, "feedback-follow-up", async () =>
        {
            await Assertions.Expect(page.Locator("h4")).ToHaveTextAsync("客户回访");
            await page.ClickAsync($"[data-test=follow-up-row][data-id='{followUpId}']");
            await Assertions.Expect(page.Locator("#follow-up-detail")).ToHaveAttributeAsync("data-status", "Open");
            await page.ClickAsync("#follow-up-outcome");
            await page.ClickAsync("[data-test=outcome-option-Resolved]");
            await page.FillAsync("#follow-up-outcome-note", "已电话回访，安排复诊");
            await page.ClickAsync("#follow-up-record");
            await Assertions.Expect(page.Locator("#follow-up-detail")).ToHaveAttributeAsync("data-status", "Closed");
            await Assertions.Expect(page.Locator("#follow-up-detail-note"))
                .ToContainTextAsync("已电话回访，安排复诊");
            await ConsoleBrowser.CaptureAsync(page, "feedback-follow-up");
        });

        var closed = await marketing.GetFromJsonAsync<JsonElement>(
            $"/api/feedback/follow-ups?memberId={memberId}&status=Closed");
        var item = Assert.Single(closed.GetProperty("items").EnumerateArray());
        Assert.Equal("Resolved", item.GetProperty("outcome").GetString());
        Assert.Equal("已电话回访，安排复诊", item.GetProperty("note").GetString());
    }

    /// <summary>
    /// Members of a store who agree to feedback by SMS, put in a rule segment of their own (a tag no one else has),
    /// sent the after-treatment survey and answering it with these NPS scores through their own tokens.
    /// </summary>
    private async Task<List<Guid>> AnsweredAsync(HttpClient marketing, string store, int[] scores)
    {
        using var staff = await stack.ClientAsync("staff");
        var tag = $"nps-{Guid.NewGuid():N}"[..16];
        var members = new List<Guid>();
        foreach (var _ in scores)
        {
            var memberId = await Registrations.RegisterAsync(staff, homeStoreId: store);
            using var member = await stack.ClientAsync("member", memberId);
            using var profile = await member.PutAsJsonAsync("/api/members/me", new
            {
                name = "王丽", gender = "Female", birthDate = "1990-05-20", interestTags = new[] { tag },
                homeStoreId = store,
            });
            profile.EnsureSuccessStatusCode();
            using var consent = await member.PutAsJsonAsync("/api/members/me/consents", new
            {
                consents = new[] { new { channel = "Sms", purpose = "Feedback", granted = true } },
            });
            consent.EnsureSuccessStatusCode();
            members.Add(memberId);
        }

        using var rule = await marketing.PostAsJsonAsync("/api/segments/rules", new
        {
            slug = tag, name = "NPS " + tag, criteria = new { tags = new[] { tag } },
        });
        rule.EnsureSuccessStatusCode();

        // Feedback hears of the segment and the consents through events: send until both members are invited.
        var invited = 0;
        await Eventually.HoldsAsync(async () =>
        {
            using var sent = await marketing.PostAsJsonAsync(
                "/api/feedback/surveys/after-treatment/sends", new { segmentCode = "rule-" + tag });
            invited += (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invited").GetInt32();
            return invited >= scores.Length;
        }, StackFixture.EventTimeout, "the segment's members were invited");

        foreach (var (memberId, score) in members.Zip(scores))
        {
            using var member = await stack.ClientAsync("member", memberId);
            var invitationId = Guid.Empty;
            await Eventually.HoldsAsync(async () =>
            {
                var own = await member.GetFromJsonAsync<JsonElement>("/api/feedback/invitations/me");
                var open = own.EnumerateArray().FirstOrDefault(i => i.GetProperty("status").GetString() == "Open");
                invitationId = open.ValueKind == JsonValueKind.Object ? open.GetProperty("id").GetGuid() : Guid.Empty;
                return invitationId != Guid.Empty;
            }, StackFixture.EventTimeout, "her invitation went out");
            using var answered = await member.PostAsJsonAsync($"/api/feedback/invitations/{invitationId}/answers",
                new { answers = new Dictionary<string, object> { ["nps"] = score, ["treatment"] = score > 6 ? 5 : 2 } });
            Assert.True(answered.StatusCode == HttpStatusCode.Created, await answered.Content.ReadAsStringAsync());
        }

        return members;
    }

    /// <summary>NPS as the console shows it (FeedbackFormat.Nps).</summary>
    private static string Nps(double nps) => nps.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture);
}
