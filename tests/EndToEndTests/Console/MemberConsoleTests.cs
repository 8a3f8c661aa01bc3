using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Console;

/// <summary>
/// What the console reads and does in Members: search by name and home store, member counts per store and tier, and
/// an import in the background whose progress reaches Finished with a bad line's error.
/// </summary>
[Collection(StackCollection.Name)]
public class MemberConsoleTests(StackFixture stack)
{
    private static string NewStore() => $"M-{Guid.NewGuid():N}"[..14].ToUpperInvariant();

    private static async Task<Guid> RegisterAsync(HttpClient staff, string name, string store)
    {
        using var response = await staff.PostAsJsonAsync("/api/members", new
        {
            phone = Registrations.NewPhone(), name, gender = "Female", birthDate = "1990-05-20", homeStoreId = store,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task Staff_find_members_by_part_of_a_name_in_any_case_and_by_home_store()
    {
        using var staff = await stack.ClientAsync("staff");
        var (store, marker) = (NewStore(), Guid.NewGuid().ToString("N")[..8]);
        var wang = await RegisterAsync(staff, $"王丽 Lily{marker}", store);
        var li = await RegisterAsync(staff, $"李娜 Nina{marker}", store);
        var elsewhere = await RegisterAsync(staff, $"王芳 Fang{marker}", "SH-JINGAN-01");

        async Task<List<Guid>> FindAsync(string query) =>
        [
            .. (await staff.GetFromJsonAsync<JsonElement>($"/api/members?{query}&pageSize=100"))
                .GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()),
        ];

        Assert.Equal([wang], await FindAsync($"name={Uri.EscapeDataString($"lily{marker.ToUpperInvariant()}")}"));
        Assert.Equal([wang, li], await FindAsync($"storeId={store}"));
        Assert.Equal([wang], await FindAsync($"name={Uri.EscapeDataString("王")}&storeId={store}"));
        Assert.Contains(elsewhere, await FindAsync($"name={Uri.EscapeDataString($"王芳 Fang{marker}")}"));
        // % and _ are letters to search for, not wildcards.
        Assert.Empty(await FindAsync($"name={Uri.EscapeDataString("%")}&storeId={store}"));

        await PurchaseReportTests.AssertNamesAsync(
            await staff.GetAsync($"/api/members?name={new string('名', 65)}"), "name");
        using var frontDesk = await stack.FrontDeskOfAsync("SH-JINGAN-01");
        using var otherStore = await frontDesk.GetAsync($"/api/members?storeId={store}");
        Assert.Equal(HttpStatusCode.Forbidden, otherStore.StatusCode);
    }

    [Fact]
    public async Task Member_counts_per_store_give_the_total_each_tier_and_those_new_in_30_days()
    {
        using var staff = await stack.ClientAsync("staff");
        using var admin = await stack.ClientAsync("admin");
        var store = NewStore();
        await RegisterAsync(staff, "王丽", store);
        await RegisterAsync(staff, "李娜", store);
        using var imported = await admin.PostAsync("/api/members/imports", Csv(
            "phone,name,gender,birthDate,homeStoreId,tier,registeredAt\n"
            + $"{Registrations.NewPhone()},张敏,女,1988-02-01,{store},金卡,2020-03-01\n"));
        imported.EnsureSuccessStatusCode();

        using var marketing = await stack.ClientAsync("marketing");
        var counts = await marketing.GetFromJsonAsync<JsonElement>($"/api/members/counts?storeId={store}");

        var byTier = counts.GetProperty("byTier").EnumerateArray()
            .ToDictionary(t => t.GetProperty("tier").GetString()!, t => t.GetProperty("members").GetInt32());
        Assert.Equal((3, 2), (counts.GetProperty("total").GetInt32(), counts.GetProperty("newLast30Days").GetInt32()));
        Assert.Equal(new Dictionary<string, int> { ["Standard"] = 2, ["Silver"] = 0, ["Gold"] = 1, ["Diamond"] = 0 },
            byTier);
        var chain = await marketing.GetFromJsonAsync<JsonElement>("/api/members/counts");
        Assert.True(chain.GetProperty("total").GetInt32() >= 3);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/members/counts")).StatusCode);
    }

    [Fact]
    public async Task An_import_job_reports_its_progress_until_finished_with_the_bad_lines_error()
    {
        using var admin = await stack.ClientAsync("admin");
        var store = NewStore();
        var phones = Enumerable.Range(0, 3).Select(_ => Registrations.NewPhone()).ToList();
        var csv = new StringBuilder("phone,name,gender,birthDate,homeStoreId\n");
        phones.ForEach(phone => csv.Append($"{phone},会员,女,1990-05-20,{store}\n"));
        csv.Append($"{Registrations.NewPhone()},坏日期,女,1990-02-30,{store}\n");

        using var submitted = await admin.PostAsync("/api/members/imports/jobs", Csv(csv.ToString()));
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var location = submitted.Headers.Location!.ToString();
        JsonElement job = default;
        await Eventually.HoldsAsync(async () =>
        {
            job = await admin.GetFromJsonAsync<JsonElement>(location);
            return job.GetProperty("status").GetString() == "Finished";
        }, StackFixture.EventTimeout, "the import job finished");

        Assert.Equal((4, 4, 3, 0, 1), (job.GetProperty("totalLines").GetInt32(),
            job.GetProperty("processed").GetInt32(), job.GetProperty("created").GetInt32(),
            job.GetProperty("alreadyMembers").GetInt32(), job.GetProperty("failed").GetInt32()));
        var error = Assert.Single(job.GetProperty("errors").EnumerateArray());
        Assert.Equal((5, "birthDate"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()));

        // The members came with their MemberRegistered events: Points opens their accounts.
        var imported = (await admin.GetFromJsonAsync<JsonElement>($"/api/members?phone={phones[0]}"))
            .GetProperty("members")[0].GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(async () => (await admin.GetAsync($"/api/points/accounts/{imported}"))
            .IsSuccessStatusCode, StackFixture.EventTimeout, "Points opened the imported member's account");

        // The same file again creates nobody.
        using var again = await admin.PostAsync("/api/members/imports/jobs", Csv(csv.ToString()));
        var rerun = again.Headers.Location!.ToString();
        await Eventually.HoldsAsync(async () =>
        {
            job = await admin.GetFromJsonAsync<JsonElement>(rerun);
            return job.GetProperty("status").GetString() == "Finished";
        }, StackFixture.EventTimeout, "the second import job finished");
        Assert.Equal((0, 3), (job.GetProperty("created").GetInt32(), job.GetProperty("alreadyMembers").GetInt32()));
    }

    [Fact]
    public async Task An_import_job_for_a_bad_file_is_refused_at_once_and_only_admins_submit_or_read_jobs()
    {
        using var admin = await stack.ClientAsync("admin");
        using var staff = await stack.ClientAsync("staff");

        await PurchaseReportTests.AssertNamesAsync(
            await admin.PostAsync("/api/members/imports/jobs", Csv("phone,nickname\n13800000000,x\n")), "file");
        Assert.Equal(HttpStatusCode.NotFound,
            (await admin.GetAsync($"/api/members/imports/jobs/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await staff.PostAsync("/api/members/imports/jobs", Csv("phone\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await staff.GetAsync($"/api/members/imports/jobs/{Guid.NewGuid()}")).StatusCode);
    }
}
