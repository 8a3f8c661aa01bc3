using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.Purchases.Bench;

// A Double 11 morning in the member app: many signed-in members open their home page at once. Against a running
// platform (./deploy/run.sh --empty, Development: the bench signs members in with /account/dev-sign-in):
//   dotnet run -c Release --project bench/Member.Bench -- [members=200] [seconds=30] [gateway=http://127.0.0.1:5100]
//     [memberApp=http://127.0.0.1:5109]
// Registers that many members through the gateway (phones 172…; a rerun finds them by phone), waits until Points has
// opened their accounts, signs each in (her own cookie), warms up, then lets every member open the home page in a
// loop, all at once, for the given time. Prints pages per second, p50/p99 latency, errors, and the member app's CPU per
// page (its process, found by its listening port, from /proc) next to the whole machine's.
var members = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 200;
var duration = TimeSpan.FromSeconds(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var s)
    ? s : 30);
var gatewayPort = Environment.GetEnvironmentVariable("GATEWAY_PORT") ?? "5100";
var gateway = new Uri(args.Length > 2 ? args[2] : $"http://127.0.0.1:{gatewayPort}");
var memberApp = new Uri(args.Length > 3
    ? args[3]
    : $"http://127.0.0.1:{int.Parse(gatewayPort, CultureInfo.InvariantCulture) + 9}"); // services.json: offset 9

using var staff = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(2) };
using (var token = await staff.PostAsJsonAsync("/dev/token", new { role = "staff" }))
{
    token.EnsureSuccessStatusCode();
    staff.DefaultRequestHeaders.Authorization = new("Bearer",
        (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
}

Console.WriteLine($"Member app home page bench: {members} members for {duration.TotalSeconds:F0} s, "
    + $"{Environment.ProcessorCount} cores, member app {memberApp}");
var clock = Stopwatch.StartNew();
var ids = new Guid[members];
await Parallel.ForAsync(0, members, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
    ids[i] = await MemberAsync($"172{i:D8}", ct));
await Parallel.ForAsync(0, members, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
{
    while (!(await staff.GetAsync($"/api/points/accounts/{ids[i]}", ct)).IsSuccessStatusCode)
    {
        await Task.Delay(500, ct);
    }
});
Console.WriteLine($"  {members} members with points accounts ({clock.Elapsed.TotalSeconds:F0} s)");

// One browser's cookies per member: the sign-in cookie (her tokens, encrypted) goes with each page.
var phones = new HttpClient[members];
for (var i = 0; i < members; i++)
{
    phones[i] = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = duration * 2,
        })
        { BaseAddress = memberApp, Timeout = TimeSpan.FromSeconds(60) };
    using var signedIn = await phones[i].GetAsync($"/account/dev-sign-in?memberId={ids[i]}");
    if (signedIn.StatusCode != HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException($"Dev sign-in answered {(int)signedIn.StatusCode}: is it Development?");
    }
}

// Warm-up: every member's first page (the JIT, connection pools), then a few seconds of the load itself.
await Task.WhenAll(phones.Select(phone => HomeAsync(phone)));
await LoadAsync(TimeSpan.FromSeconds(5));
Console.WriteLine($"  signed in and warmed up ({clock.Elapsed.TotalSeconds:F0} s)");

var appPid = ProcessCpu.ListeningOn(memberApp.Port)
    ?? throw new InvalidOperationException($"No process listens on {memberApp.Port}.");
var appBefore = ProcessCpu.ReadTable().TreeSeconds(appPid);
var machineBefore = ProcessCpu.MachineBusySeconds();
var measured = await LoadAsync(duration);
var appSeconds = ProcessCpu.ReadTable().TreeSeconds(appPid) - appBefore;
var machineSeconds = ProcessCpu.MachineBusySeconds() - machineBefore;

var latencies = measured.Latencies.Order().ToArray();
var pages = latencies.Length;
var perPage = 1000.0 / Math.Max(1, pages);
Console.WriteLine($"""

      pages             {pages:N0} in {duration.TotalSeconds:F0} s = {pages / duration.TotalSeconds:F1} pages/s
                        ({measured.Errors} errors)
      latency           p50 {Percentile(0.50):F0} ms, p99 {Percentile(0.99):F0} ms, max {latencies.LastOrDefault():F0} ms
      member app CPU    {appSeconds * perPage:F2} ms per page ({appSeconds / duration.TotalSeconds * 100:F0} % of one core)
      machine CPU       {machineSeconds * perPage:F2} ms per page (gateway, services, PostgreSQL, the bench: all of it)
    """);
foreach (var phone in phones)
{
    phone.Dispose();
}

double Percentile(double q) =>
    latencies.Length == 0 ? 0 : latencies[(int)Math.Min(latencies.Length - 1, q * latencies.Length)];

// Every member opens her home page again as soon as the last one arrived (closed loop), until the time is up.
async Task<(ConcurrentBag<double> Latencies, int Errors)> LoadAsync(TimeSpan time)
{
    var latencies = new ConcurrentBag<double>();
    var errors = 0;
    var until = Stopwatch.StartNew();
    await Task.WhenAll(phones.Select(async phone =>
    {
        while (until.Elapsed < time)
        {
            var started = Stopwatch.GetTimestamp();
            if (await HomeAsync(phone))
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                Interlocked.Increment(ref errors);
            }
        }
    }));
    return (latencies, errors);
}

// A page counts when it came back whole: 200 with her points balance on it.
static async Task<bool> HomeAsync(HttpClient phone)
{
    try
    {
        using var page = await phone.GetAsync("/");
        return page.StatusCode == HttpStatusCode.OK
            && (await page.Content.ReadAsStringAsync()).Contains("id=\"points-balance\"", StringComparison.Ordinal);
    }
    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
    {
        return false;
    }
}

// A member with this phone: registered now, or found from an earlier run (409: the phone is taken).
async Task<Guid> MemberAsync(string phone, CancellationToken ct)
{
    using var registered = await staff.PostAsJsonAsync("/api/members", new
    {
        phone, name = "会员" + phone[^4..], gender = "Female", birthDate = "1990-05-20", homeStoreId = "SH-JINGAN-01",
    }, ct);
    if (registered.StatusCode == HttpStatusCode.Conflict)
    {
        var found = await staff.GetFromJsonAsync<JsonElement>($"/api/members?phone={phone}", ct);
        return found.GetProperty("members")[0].GetProperty("id").GetGuid();
    }

    registered.EnsureSuccessStatusCode();
    return (await registered.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
}
