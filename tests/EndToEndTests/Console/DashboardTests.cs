using System.Net.Http.Json;
using System.Globalization;
using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.Console;

/// <summary>
/// An operator signs in to the console with her own account and reads the dashboard, which follows new activity
/// without a reload, in Chinese (the default) and in English.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class DashboardTests(StackFixture stack, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    [Fact]
    public async Task An_operator_signs_in_sees_the_dashboard_follow_a_new_purchase_and_switches_to_English()
    {
        var page = await ConsoleSignIn.AsNewStaffAsync(browser, stack, ["marketing"], [], "/dashboard");
        await ConsoleBrowser.StepsAsync(page, "dashboard", async () =>
        {
            await Assertions.Expect(page.Locator("h4")).ToHaveTextAsync("看板");
            var purchases = page.Locator("#figure-purchases");
            await Assertions.Expect(purchases).Not.ToHaveTextAsync("–");
            var before = long.Parse(await purchases.InnerTextAsync(), NumberStyles.AllowThousands,
                CultureInfo.InvariantCulture);

            // A purchase at the front desk; the open page shows it within seconds, without a reload.
            using var staff = await stack.ClientAsync("staff");
            var memberId = await Registrations.RegisterWithAccountAsync(staff);
            using var recorded = await staff.PostAsJsonAsync("/api/purchases", new
            {
                memberId, externalOrderId = $"DASH-{Guid.NewGuid():N}", storeId = "SH-JINGAN-01", amount = 1280m,
                items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount = 1280m } },
                paidAt = DateTimeOffset.UtcNow,
            });
            recorded.EnsureSuccessStatusCode();
            await Assertions.Expect(purchases).ToHaveTextAsync((before + 1).ToString("N0",
                CultureInfo.InvariantCulture), new() { Timeout = 60_000 });
            await ConsoleBrowser.CaptureAsync(page, "dashboard");

            await page.ClickAsync("#language-en");
            await Assertions.Expect(page.Locator("h4")).ToHaveTextAsync("Dashboard");
            await Assertions.Expect(page.Locator("text=Purchases and revenue per day")).ToBeVisibleAsync();
            await ConsoleBrowser.CaptureAsync(page, "dashboard-en");
        });
    }
}
