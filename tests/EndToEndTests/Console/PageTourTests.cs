using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.Console;

/// <summary>
/// Every main page opens for an admin with its title and no error, and a member's record opens from the search:
/// each is captured for the README. A front-desk account is told, not shown, a page its role may not use.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class PageTourTests(StackFixture stack, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/members", "会员" },
        { "/members/data-requests", "数据权利请求" },
        { "/segments", "分群" },
        { "/campaigns", "营销活动" },
        { "/campaigns/new", "新建活动" },
        { "/catalogue", "目录与规则" },
        { "/messages", "消息发送记录" },
        { "/imports", "导入会员" },
        { "/admin", "管理" },
        { "/feedback/results", "满意度结果" },
        { "/feedback/follow-ups", "客户回访" },
        { "/feedback/surveys", "问卷" },
        { "/feedback/settings", "邀请设置" },
    };

    [Fact]
    public async Task Each_main_page_opens_for_an_admin_with_its_title_and_no_error()
    {
        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["admin"], [], "/dashboard");
        await ConsoleBrowser.StepsAsync(page, "tour", async () =>
        {
            foreach (var (path, title) in Pages.Select(row => ((string)row[0], (string)row[1])))
            {
                await page.GotoAsync(new Uri(stack.ConsoleAddress, path).ToString());
                await Assertions.Expect(page.Locator("h4").First).ToHaveTextAsync(title);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await Assertions.Expect(page.Locator(".mud-alert-filled-error, .mud-alert-text-error")).ToHaveCountAsync(0);
                await ConsoleBrowser.CaptureAsync(page, "page" + path.Replace('/', '-'));
            }

            // A member's record, from the search by phone.
            using var staff = await stack.ClientAsync("staff");
            var phone = Registrations.NewPhone();
            await Registrations.RegisterAsync(staff, phone);
            await page.GotoAsync(new Uri(stack.ConsoleAddress, "/members").ToString());
            await page.FillAsync("#member-search", phone);
            await page.ClickAsync("#member-search-submit");
            await page.ClickAsync("[data-test=member-row-link]");
            await page.Locator("#member-header").WaitForAsync();
            await ConsoleBrowser.CaptureAsync(page, "page-member");
        });
    }

    [Fact]
    public async Task A_front_desk_account_is_told_it_may_not_open_the_campaigns()
    {
        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["staff"], ["SH-JINGAN-01"], "/front-desk");
        await page.GotoAsync(new Uri(stack.ConsoleAddress, "/campaigns").ToString());
        await Assertions.Expect(page.Locator("#access-denied")).ToHaveTextAsync("此账号无权打开此页面。");
        await Assertions.Expect(page.Locator("a[href='/campaigns']")).ToHaveCountAsync(0);
    }
}
