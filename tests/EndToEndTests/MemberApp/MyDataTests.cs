using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.EndToEndTests.Console;
using Loyalty.EndToEndTests.Identity;
using Loyalty.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.MemberApp;

/// <summary>
/// 我的数据 in the member app: she sees her consent history, asks for a copy of her data, watches it collected from
/// every service and downloads it once (the file holds each service's part); a second download is refused and the page
/// says so.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class MyDataTests(StackFixture stack, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    /// <summary>Privacy:Services' default: every service that holds data about her answers an export.</summary>
    public static readonly string[] Services =
        ["members", "points", "segmentation", "campaign", "notification", "feedback", "identity"];

    /// <summary>Long enough for seven services to answer on a loaded machine.</summary>
    public static readonly TimeSpan CollectedWithin = StackFixture.EventTimeout * 2;

    [Fact]
    public async Task A_member_asks_for_her_data_sees_it_collected_and_downloads_it_once()
    {
        var (memberId, phone) = await MemberCodes.RegisterKnownToIdentityAsync(stack);
        await DataRights.ConsentAtTheDeskAsync(stack, memberId);

        var page = await browser.NewPageAsync(viewport: ConsoleBrowser.Phone);
        await ConsoleBrowser.StepsAsync(page, "member-my-data", async () =>
        {
            await MemberAppSignIn.AsAsync(stack, page, memberId, phone);
            await page.ClickAsync("[data-test=tab-me]");
            await page.ClickAsync("[data-test=me-my-data]");

            // Her consent given at the desk is in her history, with its source: the evidence she may see.
            var given = page.Locator("[data-test=consent-change][data-channel=Sms][data-purpose=Marketing]");
            await Assertions.Expect(given).ToHaveAttributeAsync("data-granted", "true");
            await Assertions.Expect(given).ToContainTextAsync("前台");

            await page.ClickAsync("[data-test=ask-export]");
            await Assertions.Expect(page.Locator("[data-test=export-status]"))
                .ToHaveAttributeAsync("data-status", new System.Text.RegularExpressions.Regex("Collecting|Ready"));
            await Eventually.HoldsAsync(async () =>
            {
                await page.GotoAsync(new Uri(stack.MemberAppAddress, "/my-data").ToString());
                return await page.Locator("[data-test=export-status]").GetAttributeAsync("data-status") == "Ready";
            }, CollectedWithin, "every service produced her part and the archive is ready");
            await Assertions.Expect(page.Locator("[data-test=export-once]")).ToContainTextAsync("仅可下载一次");
            await ConsoleBrowser.CaptureAsync(page, "member-my-data", fullPage: false);

            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-test=download-archive]"));
            using (var archive = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync())))
            {
                DataRights.AssertArchiveOf(archive.RootElement, memberId);
            }

            // The same button again: the archive went once, and the page says so.
            await page.ClickAsync("[data-test=download-archive]");
            await Assertions.Expect(page.Locator("#archive-outcome")).ToContainTextAsync("已下载过或已过期");
            await Assertions.Expect(page.Locator("[data-test=export-status]"))
                .ToHaveAttributeAsync("data-status", "Downloaded");
            using var member = await stack.ClientAsync("member", memberId);
            var requests = await member.GetFromJsonAsync<JsonElement>("/api/members/me/data-requests");
            var export = requests.EnumerateArray().Single();
            Assert.Equal("Downloaded", export.GetProperty("status").GetString());
            using var again = await member.GetAsync(
                $"/api/members/me/data-requests/{export.GetProperty("id").GetGuid()}/archive");
            Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        });
    }
}

/// <summary>What the data-rights browser tests share: a consent to show as evidence, and an archive's shape.</summary>
internal static class DataRights
{
    public static async Task ConsentAtTheDeskAsync(StackFixture stack, Guid memberId)
    {
        using var staff = await stack.ClientAsync("staff");
        using var granted = await staff.PutAsJsonAsync($"/api/members/{memberId}/consents", new
        {
            consents = new[] { new { channel = "Sms", purpose = "Marketing", granted = true } }, source = "front-desk",
        });
        granted.EnsureSuccessStatusCode();
    }

    /// <summary>Her archive: hers, with a readable line and a part from every service.</summary>
    public static void AssertArchiveOf(JsonElement archive, Guid memberId)
    {
        Assert.Equal(memberId, archive.GetProperty("memberId").GetGuid());
        Assert.NotEmpty(archive.GetProperty("summary").EnumerateArray());
        var parts = archive.GetProperty("parts");
        Assert.Equal(MyDataTests.Services.Order(), parts.EnumerateObject().Select(part => part.Name).Order());
        Assert.All(parts.EnumerateObject(), part => Assert.Equal(JsonValueKind.Object, part.Value.ValueKind));
    }
}
