using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>Bulk member import through the gateway: admins only, a
/// per-row report, reruns harmless, Points opens the accounts.</summary>
[Collection(StackCollection.Name)]
public class ImportTests(StackFixture stack)
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task An_admin_imports_a_file_bad_rows_are_reported_the_rest_become_members_with_accounts_and_a_rerun_creates_nobody()
    {
        using var admin = await stack.ClientAsync("admin");
        var phones = Enumerable.Range(0, 20).Select(_ => Registrations.NewPhone()).ToList();
        var csv = new StringBuilder("phone,name,gender,birthDate,homeStoreId,interestTags,tier,registeredAt\n");
        foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
        {
            csv.Append($"{phone},会员{i},女,1990-05-20,SH-JINGAN-01,laser,{(i == 0 ? "金卡" : "")},2020-01-0{1 + i % 9}\n");
        }

        csv.Append("not-a-phone,坏,女,1990-05-20,SH-01,,,\n");

        using var response = await admin.PostAsync("/api/members/imports", Csv(csv.ToString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((21, 20, 0, 1), (report.GetProperty("rows").GetInt32(), report.GetProperty("created").GetInt32(),
            report.GetProperty("alreadyMembers").GetInt32(), report.GetProperty("failed").GetInt32()));
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal((22, "phone"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()));

        using var again = await admin.PostAsync("/api/members/imports", Csv(csv.ToString()));
        var rerun = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 20),
            (rerun.GetProperty("created").GetInt32(), rerun.GetProperty("alreadyMembers").GetInt32()));

        // The first row came in as Gold; Points opens its account with that tier from MemberRegistered.
        var gold = (await admin.GetFromJsonAsync<JsonElement>($"/api/members?phone={phones[0]}"))
            .GetProperty("members")[0];
        Assert.Equal(("Gold", "2020-01-01T00:00:00+08:00"),
            (gold.GetProperty("tier").GetString(),
                TimeZoneInfo.ConvertTime(
                        gold.GetProperty("registeredAt").GetDateTimeOffset(),
                        TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"))
                    .ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)));
        var goldId = gold.GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(async () => await stack.QueryAsync<string?>("pointsdb",
            """SELECT "Tier" FROM accounts WHERE "MemberId" = @m""", ("m", goldId)) == "Gold",
            StackFixture.EventTimeout, "Points opened the imported Gold member's account");
    }

    [Fact]
    public async Task A_bad_file_is_refused_whole_and_staff_may_not_import()
    {
        using var admin = await stack.ClientAsync("admin");
        using var badHeader = await admin.PostAsync("/api/members/imports", Csv("phone,nickname\n13800000000,x\n"));
        Assert.Equal(HttpStatusCode.BadRequest, badHeader.StatusCode);
        var problems = (await badHeader.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .GetProperty("file");
        Assert.Contains(problems.EnumerateArray(), p => p.GetString()!.Contains("nickname", StringComparison.Ordinal));

        using var notCsv = await admin.PostAsJsonAsync("/api/members/imports", new { phone = "13800000000" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notCsv.StatusCode);

        using var staff = await stack.ClientAsync("staff");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await staff.PostAsync("/api/members/imports", Csv("phone\n"))).StatusCode);
    }
}
