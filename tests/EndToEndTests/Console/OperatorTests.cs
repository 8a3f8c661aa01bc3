using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.Console;

/// <summary>
/// A marketing operator at the console: builds a rule segment and reads its size as she edits, saves it, starts the
/// dormant wake-up journey from its template and activates it; when a member turns dormant, the campaign's results
/// show the delivery without a reload.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class OperatorTests(StackFixture stack, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task An_operator_builds_a_segment_starts_a_wake_up_campaign_and_sees_a_member_who_turns_dormant_reached()
    {
        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["marketing"], [], "/segments/new");
        using var staff = await stack.ClientAsync("staff");
        using var marketing = await stack.ClientAsync("marketing");

        await ConsoleBrowser.StepsAsync(page, "operator", async () =>
        {
            // A rule: members aged 20 to 60 (the builder's first condition). The preview shows the size the API gives
            // for that rule.
            var slug = $"vip-{Guid.NewGuid():N}"[..12];
            await page.FillAsync("#rule-name", "高消费会员");
            await page.FillAsync("#rule-slug", slug);
            await page.FillAsync("#rule-value", "20");
            await page.FillAsync("#rule-value-max", "60");
            using var preview = await marketing.PostAsJsonAsync(
                "/api/segments/rules/preview", new { minAge = 20, maxAge = 60 });
            var size = (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("members").GetInt32();
            await Assertions.Expect(page.Locator("#rule-preview-size"))
                .ToHaveTextAsync(size.ToString("N0", CultureInfo.InvariantCulture));
            await ConsoleBrowser.CaptureAsync(page, "segment-rule-builder");
            await page.ClickAsync("#rule-save");
            await page.WaitForURLAsync($"**/segments/rule-{slug}");
            await ConsoleBrowser.CaptureAsync(page, "segment-members");

            // The dormant wake-up journey from its template, activated. Other tests' running campaigns are paused
            // first: one campaign's delivery would hold hers back under the cross-campaign frequency window.
            await PauseRunningCampaignsAsync(marketing);
            await page.GotoAsync(new Uri(stack.ConsoleAddress, "/campaigns/new").ToString());
            await page.ClickAsync("#campaign-template-dormant");
            await page.ClickAsync("#campaign-save");
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/campaigns/[0-9a-f-]{36}$"));
            await page.ClickAsync("#campaign-activate");
            await Assertions.Expect(page.Locator("#campaign-status")).ToHaveAttributeAsync("data-status", "Active");

            // A member turns dormant: her one purchase, a large one, was 90 days ago.
            var memberId = await Registrations.RegisterWithAccountAsync(staff);
            using var purchase = await staff.PostAsJsonAsync("/api/purchases", new
            {
                externalOrderId = $"DORMANT-{Guid.NewGuid():N}", memberId, storeId = "SH-JINGAN-01", amount = 60_000m,
                items = new[] { new { sku = "LASER-10", category = "laser", quantity = 1, amount = 60_000m } },
                paidAt = DateTimeOffset.UtcNow.AddDays(-90),
            });
            purchase.EnsureSuccessStatusCode();

            // The results page follows by itself: her delivery (treated or held out) appears.
            await Assertions.Expect(page.Locator(".campaign-delivery-row").First)
                .ToBeVisibleAsync(new() { Timeout = (float)StackFixture.EventTimeout.TotalMilliseconds });
            await Assertions.Expect(page.Locator(".campaign-delivery-row [data-test=campaign-delivery-outcome]").First)
                .ToHaveAttributeAsync("data-outcome", new System.Text.RegularExpressions.Regex("Treated|Holdout"));
            await ConsoleBrowser.CaptureAsync(page, "campaign-results");
        });
    }

    private static async Task PauseRunningCampaignsAsync(HttpClient marketing)
    {
        var campaigns = await marketing.GetFromJsonAsync<JsonElement[]>("/api/campaigns");
        foreach (var running in campaigns!.Where(c => c.GetProperty("status").GetString() == "Active"))
        {
            using var paused = await marketing.PostAsync($"/api/campaigns/{running.GetProperty("id")}/pause", null);
            paused.EnsureSuccessStatusCode();
        }
    }
}
