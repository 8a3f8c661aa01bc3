using Microsoft.Playwright;

namespace Loyalty.EndToEndTests.Console;

/// <summary>
/// Debian's Chromium driven by Playwright (its own browser download cannot work on these machines): one headless
/// browser per test class, a fresh context (cookies, storage) per user, screenshots under the test results.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    /// <summary>CHROMIUM_PATH overrides where the system browser is.</summary>
    private static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where each main page's screenshot goes: the test results folder deploy/test.sh keeps.</summary>
    public static string ScreenshotDirectory => Path.Combine(
        Launcher.RepositoryLocator.Root(), ".data", "test-results", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"No Chromium at {ChromiumPath}: the browser tests drive Debian's chromium package " +
                "(deploy/test.sh installs it: apt-get install chromium), or set CHROMIUM_PATH.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine's network is closed: no background fetches, no sandbox (runs as root in CI).
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
        // A page's first figures come after its circuit's first API reads, which on a loaded 2-core machine with a
        // cold stack can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>A phone's screen (the member app's pages), as a mini-program sees it.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>A new user's browser: her own cookies, a desktop-sized window (or the one given), generous waits for a
    /// loaded machine.</summary>
    public async Task<IPage> NewPageAsync(string language = "zh-CN", ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1440, Height = 900 },
            Locale = language,
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>The whole page, or (fullPage false) what the screen shows, as a phone's screenshot.</summary>
    public static async Task CaptureAsync(IPage page, string name, bool fullPage = true) =>
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotDirectory, name + ".png"),
            FullPage = fullPage,
        });

    /// <summary>Runs a browser test's steps; when one fails, the page as it was is kept beside the other screenshots.</summary>
    public static async Task StepsAsync(IPage page, string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await CaptureAsync(page, "failed-" + name);
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
