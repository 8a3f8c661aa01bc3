using Loyalty.EndToEndTests.Identity;
using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.Console;

/// <summary>Signing in to the console the way staff do: the Identity service's sign-in page, through the gateway.</summary>
internal static class ConsoleSignIn
{
    /// <summary>A new staff account with these roles and stores, signed in, on <paramref name="path"/>.</summary>
    public static async Task<IPage> AsNewStaffAsync(
        ConsoleBrowser browser, StackFixture stack, string[] roles, string[] storeIds, string path)
    {
        var userName = await StaffAccounts.CreateAsync(stack, roles, storeIds);
        return await AsAsync(browser, stack, userName, path);
    }

    public static async Task<IPage> AsAsync(ConsoleBrowser browser, StackFixture stack, string userName, string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(stack.ConsoleAddress, path).ToString());

        // Not signed in: the console sends the browser to the Identity service's page on the gateway's address.
        var gateway = stack.Stack.GatewayUrl.GetLeftPart(UriPartial.Authority);
        await page.WaitForURLAsync(url => url.StartsWith(gateway + "/connect/login", StringComparison.Ordinal));
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", StaffAccounts.Password);
        await page.ClickAsync("button[type=submit]");

        await page.WaitForURLAsync(url => url.StartsWith(
            stack.ConsoleAddress.GetLeftPart(UriPartial.Authority) + path, StringComparison.Ordinal));
        await page.Locator("#signed-in-user").WaitForAsync();
        return page;
    }
}
