using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.EndToEndTests.Identity;
using Loyalty.EndToEndTests.MemberApp;
using Loyalty.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.Console;

/// <summary>
/// 数据权利请求 in the console: a member asks for erasure in the member app and an admin confirms it with a reason,
/// watching every service do its part; an admin asks for a copy on her behalf and downloads it once; marketing may
/// not open the page.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class DataRequestsConsoleTests(StackFixture stack, ConsoleBrowser browser)
    : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task She_asks_for_erasure_and_an_admin_confirms_it_with_a_reason_and_sees_every_service_done()
    {
        var (memberId, phone) = await MemberCodes.RegisterKnownToIdentityAsync(stack);
        var app = await browser.NewPageAsync(viewport: ConsoleBrowser.Phone);
        await ConsoleBrowser.StepsAsync(app, "member-erasure", async () =>
        {
            await MemberAppSignIn.AsAsync(stack, app, memberId, phone);
            await app.GotoAsync(new Uri(stack.MemberAppAddress, "/my-data").ToString());
            await app.ClickAsync("[data-test=go-erasure]");
            // What goes and what the chain keeps, said before she decides.
            await Assertions.Expect(app.Locator("[data-test=erasure-removed]")).ToContainTextAsync("手机号");
            await Assertions.Expect(app.Locator("[data-test=erasure-kept]")).ToContainTextAsync("账务记录");
            await ConsoleBrowser.CaptureAsync(app, "member-erasure", fullPage: false);
            await app.ClickAsync("[data-test=erasure-continue]");
            await app.ClickAsync("[data-test=confirm-erasure]");
            await Assertions.Expect(app.Locator("#erasure-requested"))
                .ToHaveAttributeAsync("data-status", "AwaitingConfirmation");
            await app.ClickAsync("[data-test=back-to-my-data]");
            await Assertions.Expect(app.Locator("[data-test=erasure-status]")).ToHaveTextAsync("等待工作人员确认");
        });

        using var member = await stack.ClientAsync("member", memberId);
        var requestId = (await member.GetFromJsonAsync<JsonElement>("/api/members/me/data-requests"))
            .EnumerateArray().Single().GetProperty("id").GetGuid();

        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["admin"], [], "/members/data-requests");
        await ConsoleBrowser.StepsAsync(page, "data-requests-erasure", async () =>
        {
            await Assertions.Expect(page.Locator("h4").First).ToHaveTextAsync("数据权利请求");
            var row = page.Locator($"[data-test=data-request-row][data-id='{requestId}']");
            await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "AwaitingConfirmation");
            await ConsoleBrowser.CaptureAsync(page, "console-data-requests");
            await row.ClickAsync();

            // No reason: the Members API's refusal is shown beside the field, and nothing is erased.
            await page.ClickAsync("#data-request-confirm");
            await Assertions.Expect(page.Locator("#data-request-decision")).ToContainTextAsync("reason",
                new() { IgnoreCase = true });
            await Assertions.Expect(page.Locator("#data-request")).ToHaveAttributeAsync(
                "data-status", "AwaitingConfirmation");

            await page.FillAsync("#data-request-decision-reason", "会员本人在小程序申请，电话核实身份");
            await page.ClickAsync("#data-request-confirm");
            // Followed every few seconds until each service has erased her.
            await Assertions.Expect(page.Locator("#data-request")).ToHaveAttributeAsync("data-status", "Erased",
                new() { Timeout = (float)MyDataTests.CollectedWithin.TotalMilliseconds });
            var services = page.Locator("[data-test=data-request-service]");
            await Assertions.Expect(services).ToHaveCountAsync(MyDataTests.Services.Length);
            await Assertions.Expect(page.Locator("[data-test=data-request-service][data-done=false]"))
                .ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#data-request-reason")).ToContainTextAsync("电话核实身份");
            await ConsoleBrowser.CaptureAsync(page, "console-data-request-erased");
        });

        using var staff = await stack.ClientAsync("staff");
        var erased = await staff.GetFromJsonAsync<JsonElement>($"/api/members/data-requests/{requestId}");
        Assert.Equal("会员本人在小程序申请，电话核实身份", erased.GetProperty("reason").GetString());
        Assert.Equal(0, await stack.QueryAsync<long>("membersdb",
            """SELECT count(*) FROM members WHERE "Id" = @m AND coalesce("Phone", '') <> ''""", ("m", memberId)));
    }

    [Fact]
    public async Task An_admin_asks_for_her_data_on_her_behalf_and_downloads_it_once()
    {
        var (memberId, _) = await MemberCodes.RegisterKnownToIdentityAsync(stack);
        await DataRights.ConsentAtTheDeskAsync(stack, memberId);

        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["admin"], [], $"/members/{memberId}");
        await ConsoleBrowser.StepsAsync(page, "data-rights-tab", async () =>
        {
            await page.ClickAsync("[data-test=tab-data-rights]");
            await Assertions.Expect(page.Locator(
                "#consent-history [data-test=consent-change][data-channel=Sms][data-purpose=Marketing]"))
                .ToHaveAttributeAsync("data-granted", "true");
            await page.FillAsync("#data-request-on-behalf-reason", "会员到店书面申请");
            await page.ClickAsync("#data-request-export-on-behalf");
            var row = page.Locator("#member-data-requests [data-test=data-request-row][data-kind=Export]");
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await ConsoleBrowser.CaptureAsync(page, "console-member-data-rights");
            await row.ClickAsync();

            await Assertions.Expect(page.Locator("#data-request")).ToHaveAttributeAsync("data-status", "Ready",
                new() { Timeout = (float)MyDataTests.CollectedWithin.TotalMilliseconds });
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#data-request-download"));
            using (var archive = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync())))
            {
                DataRights.AssertArchiveOf(archive.RootElement, memberId);
            }

            // Once: the request is Downloaded and offers no second download.
            await Assertions.Expect(page.Locator("#data-request")).ToHaveAttributeAsync("data-status", "Downloaded");
            await Assertions.Expect(page.Locator("#data-request-download")).ToHaveCountAsync(0);
        });

        using var admin = await stack.ClientAsync("admin");
        var request = (await admin.GetFromJsonAsync<JsonElement>($"/api/members/{memberId}/data-requests"))
            .EnumerateArray().Single();
        Assert.NotEqual("member", request.GetProperty("requestedBy").GetString());
        using var again = await admin.GetAsync(
            $"/api/members/data-requests/{request.GetProperty("id").GetGuid()}/archive");
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    [Fact]
    public async Task Marketing_may_not_open_the_data_requests()
    {
        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["marketing"], [], "/dashboard");
        await page.GotoAsync(new Uri(stack.ConsoleAddress, "/members/data-requests").ToString());
        await Assertions.Expect(page.Locator("#access-denied")).ToHaveTextAsync("此账号无权打开此页面。");
        await Assertions.Expect(page.Locator("a[href='/members/data-requests']")).ToHaveCountAsync(0);
        using var marketing = await stack.ClientAsync("marketing");
        using var queue = await marketing.GetAsync("/api/members/data-requests");
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
    }
}
