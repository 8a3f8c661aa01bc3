using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

// How fast the console's main pages open on a chain of 100,000 members, in Debian's chromium, against a running
// platform (./deploy/run.sh --empty, Development: the bench signs in with /account/dev-sign-in):
//   dotnet run -c Release --project bench/Console.Bench -- [members=100000] [gateway=http://127.0.0.1:5100]
//     [console=http://127.0.0.1:5107]
// Tops the platform up to that many members through the gateway's import jobs (phones 171…, a year of join dates,
// five clinics), waits until Segmentation has them all, then opens each page five times as an admin and prints the
// median and the slowest time from navigation to the page's title and data shown (no progress bar left), against the
// issue's aim of one second.
var members = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 100_000;
var gateway = new Uri(args.Length > 1 ? args[1] : "http://127.0.0.1:5100");
var console = new Uri(args.Length > 2 ? args[2] : "http://127.0.0.1:5107");
string[] stores = ["SH-JINGAN-01", "SH-XUHUI-02", "HZ-XIHU-01", "SZ-SIP-01"];

using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(5) };
using (var token = await http.PostAsJsonAsync("/dev/token", new { role = "admin" }))
{
    token.EnsureSuccessStatusCode();
    http.DefaultRequestHeaders.Authorization = new("Bearer",
        (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
}

var have = await TotalMembersAsync();
Console.WriteLine($"Console page bench: {members:N0} members wanted, {have:N0} on the platform, "
    + $"{Environment.ProcessorCount} cores");
var clock = Stopwatch.StartNew();
for (var next = have; next < members;)
{
    var batch = Math.Min(20_000, members - next);
    var csv = new StringBuilder("phone,name,gender,birthDate,homeStoreId,interestTags,tier,registeredAt\n");
    for (var i = next; i < next + batch; i++)
    {
        csv.Append(CultureInfo.InvariantCulture,
            $"171{i:D8},会员{i},{(i % 7 == 0 ? "男" : "女")},{1970 + i % 35}-{1 + i % 12:D2}-{1 + i % 28:D2},"
            + $"{stores[i % stores.Length]},{(i % 3 == 0 ? "laser" : "skincare")},,"
            + $"{DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - 1 - i % 365):yyyy-MM-dd}\n");
    }

    using var submitted = await http.PostAsync("/api/members/imports/jobs",
        new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
    submitted.EnsureSuccessStatusCode();
    var job = submitted.Headers.Location ?? throw new InvalidOperationException("The import job has no Location.");
    while ((await http.GetFromJsonAsync<JsonElement>(job)).GetProperty("status").GetString() is not "Finished")
    {
        await Task.Delay(1000);
    }

    next += batch;
    Console.WriteLine($"  imported {next:N0} ({clock.Elapsed.TotalSeconds:F0} s)");
}

// The pages read Segmentation's and the others' copies, filled from MemberRegistered: the pages are timed on a quiet
// platform, once every queue is empty (RabbitMQ's management API, MGMT_PORT).
using var rabbit = new HttpClient { BaseAddress = new Uri(
    $"http://127.0.0.1:{Environment.GetEnvironmentVariable("MGMT_PORT") ?? "25673"}") };
rabbit.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
while (await QueuedMessagesAsync() is > 0 and var queued)
{
    Console.WriteLine($"  {queued:N0} events still queued ({clock.Elapsed.TotalSeconds:F0} s)");
    await Task.Delay(TimeSpan.FromSeconds(30));
}

Console.WriteLine($"  every service has the members: {await SegmentedMembersAsync():N0} in Segmentation "
    + $"({clock.Elapsed.TotalSeconds:F0} s)");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"],
});
var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
await page.GotoAsync(new Uri(console, "/account/dev-sign-in?role=admin&returnUrl=/dashboard").ToString());
await page.Locator("#figure-members").WaitForAsync();

string[] paths =
[
    "/dashboard", "/members", "/segments", "/segments/lifecycle-new", "/campaigns",
    "/catalogue", "/messages", "/admin?tab=audit",
];
Console.WriteLine($"{"page",-26} {"median ms",10} {"slowest ms",11}  (aim: under 1,000 ms)");
foreach (var path in paths)
{
    var times = new List<double>();
    for (var i = 0; i < 5; i++)
    {
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(console, path).ToString());
        await page.Locator("h4").First.WaitForAsync();
        // Shown: the page's own reads are done when no progress indicator is left.
        await page.WaitForFunctionAsync(
            "() => document.querySelectorAll('.mud-progress-linear, .mud-table-loading').length === 0",
            null, new() { Timeout = 60_000, PollingInterval = 20 });
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{path,-26} {times[2],10:F0} {times[^1],11:F0}");
}

async Task<int> TotalMembersAsync() =>
    (await http.GetFromJsonAsync<JsonElement>("/api/members/counts")).GetProperty("total").GetInt32();

// Messages waiting in every queue but the error queues (what a consumer refused stays there).
async Task<long> QueuedMessagesAsync() =>
    (await rabbit.GetFromJsonAsync<JsonElement[]>("/api/queues"))!
        .Where(q => !q.GetProperty("name").GetString()!.EndsWith("_error", StringComparison.Ordinal))
        .Sum(q => q.TryGetProperty("messages", out var count) ? count.GetInt64() : 0);

// Every member Segmentation holds with a birth date (all those the bench imports).
async Task<int> SegmentedMembersAsync()
{
    using var preview = await http.PostAsJsonAsync("/api/segments/rules/preview", new { minAge = 0 });
    return (await preview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("members").GetInt32();
}
