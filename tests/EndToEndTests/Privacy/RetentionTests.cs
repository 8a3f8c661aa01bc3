using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;
using Loyalty.Launcher;

namespace Loyalty.EndToEndTests.Privacy;

/// <summary>
/// The retention policy with Members' moved clock (POST /dev/clock): a member with no activity for five years is
/// erased by the daily job as an erasure by "retention-policy" that every service carries out; one who registered
/// later is kept. On the moved-clock platform, so no other test's Members sees the years go by.
/// </summary>
[Collection(MovedClockStackCollection.Name)]
public class RetentionTests(MovedClockStackFixture stack)
{
    [Fact]
    public async Task A_member_inactive_past_the_policy_is_erased_everywhere_and_an_active_one_is_kept()
    {
        using var staff = await stack.ClientAsync("staff");
        var inactive = await Registrations.RegisterWithAccountAsync(staff);

        // Four years on another member joins; a year and a few days later only the first has been inactive 5 years.
        await AdvanceMembersClockAsync(4 * 365);
        var active = await Registrations.RegisterAsync(staff);
        await AdvanceMembersClockAsync(370);

        JsonElement request = default;
        using var admin = await stack.ClientAsync("admin");
        await Eventually.HoldsAsync(async () =>
            {
                var queue = await admin.GetFromJsonAsync<JsonElement[]>(
                    "/api/members/data-requests?kind=Erasure&status=Erased");
                request = queue!.FirstOrDefault(r => r.GetProperty("memberId").GetGuid() == inactive);
                return request.ValueKind == JsonValueKind.Object;
            },
            StackFixture.EventTimeout, "the retention job erased the inactive member in every service");
        Assert.Equal(
            ("retention-policy", 7),
            (request.GetProperty("requestedBy").GetString(), request.GetProperty("services").GetArrayLength()));
        Assert.Equal("已注销会员",
            (await staff.GetFromJsonAsync<JsonElement>($"/api/members/{inactive}")).GetProperty("name").GetString());
        Assert.Equal("王丽",
            (await staff.GetFromJsonAsync<JsonElement>($"/api/members/{active}")).GetProperty("name").GetString());
        var requestsOfActive = await admin.GetFromJsonAsync<JsonElement[]>($"/api/members/{active}/data-requests");
        Assert.Empty(requestsOfActive!);
    }

    /// <summary>Members' clock, at most 400 days a call.</summary>
    private async Task AdvanceMembersClockAsync(int days)
    {
        using var admin = await stack.ClientAsync("admin");
        admin.BaseAddress = stack.Settings.UrlOf(StackTopology.Services.Single(s => s.Name == "members"));
        for (var left = days; left > 0; left -= 400)
        {
            (await admin.PostAsJsonAsync("/dev/clock", new { advanceDays = Math.Min(left, 400) }))
                .EnsureSuccessStatusCode();
        }
    }
}
