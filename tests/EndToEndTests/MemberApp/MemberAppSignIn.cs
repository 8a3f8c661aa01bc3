using Loyalty.EndToEndTests.Console;
using Loyalty.EndToEndTests.Identity;
using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.MemberApp;

/// <summary>Signing in to the member app as she would: the app asks for a code, which she reads off her SMS (the
/// message log).</summary>
internal static class MemberAppSignIn
{
    public static readonly System.Text.RegularExpressions.Regex SignInPage = new("/account/sign-in");

    public static async Task AsAsync(
        StackFixture stack, IPage page, Guid memberId, string phone, string? screenshot = null)
    {
        await page.GotoAsync(stack.MemberAppAddress.ToString());
        await Assertions.Expect(page).ToHaveURLAsync(SignInPage);
        await page.FillAsync("[data-test=phone]", phone);
        await page.ClickAsync("[data-test=send-code]");
        await Assertions.Expect(page.Locator("[data-test=code-sent]")).ToBeVisibleAsync();
        if (screenshot is not null)
        {
            await ConsoleBrowser.CaptureAsync(page, screenshot, fullPage: false);
        }

        await page.FillAsync("[data-test=code]", await MemberCodes.SentToAsync(stack, memberId));
        await page.ClickAsync("[data-test=sign-in]");
        await Assertions.Expect(page.Locator("#points-balance")).ToBeVisibleAsync();
    }
}
