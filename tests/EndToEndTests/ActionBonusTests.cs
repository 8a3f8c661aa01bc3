using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.EndToEndTests;

/// <summary>Action bonuses through the gateway: flat amounts from the
/// earning policy, once per reference, shares capped per month.</summary>
[Collection(StackCollection.Name)]
public class ActionBonusTests(StackFixture stack)
{
    [Fact]
    public async Task Reviews_surveys_and_shares_earn_once_per_reference_and_shares_stop_at_the_monthly_cap()
    {
        using var staff = await stack.ClientAsync("staff");
        var memberId = await Registrations.RegisterWithAccountAsync(staff);

        async Task<(HttpStatusCode Status, JsonElement Result)> Report(string action, string reference)
        {
            using var response = await staff.PostAsJsonAsync("/api/points/actions",
                new { memberId, action, reference });
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(result.TryGetProperty("points", out _), $"{(int)response.StatusCode}: {result}");
            return (response.StatusCode, result);
        }

        var review = await Report("Review", "REV-1");
        Assert.Equal((HttpStatusCode.Created, 50L, "Earned"), (review.Status,
            review.Result.GetProperty("points").GetInt64(), review.Result.GetProperty("outcome").GetString()));
        var again = await Report("Review", "REV-1");
        Assert.Equal((HttpStatusCode.OK, 50L, "AlreadyRecorded"), (again.Status,
            again.Result.GetProperty("points").GetInt64(), again.Result.GetProperty("outcome").GetString()));
        Assert.Equal(HttpStatusCode.Created, (await Report("Survey", "NPS-2026-11")).Status);

        // Default cap: 4 rewarded shares a month (20 each); the fifth and sixth earn nothing.
        var shares = new List<(HttpStatusCode, long, string?)>();
        foreach (var i in Enumerable.Range(1, 6))
        {
            var share = await Report("SocialShare", $"https://weibo.example/p/{i}");
            shares.Add((share.Status, share.Result.GetProperty("points").GetInt64(),
                share.Result.GetProperty("outcome").GetString()));
        }

        Assert.Equal(
            [.. Enumerable.Repeat((HttpStatusCode.Created, 20L, (string?)"Earned"), 4),
                .. Enumerable.Repeat((HttpStatusCode.OK, 0L, (string?)"MonthlyCapReached"), 2)],
            shares);
        var account = await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{memberId}");
        Assert.Equal(50 + 30 + 4 * 20, account.GetProperty("balance").GetInt64());
        var reasons = (await staff.GetFromJsonAsync<JsonElement>(
            $"/api/points/accounts/{memberId}/ledger?pageSize=100")).GetProperty("entries")
            .EnumerateArray().Select(e => e.GetProperty("reason").GetString()).Order();
        Assert.Equal(["review-bonus", "social-share-bonus", "social-share-bonus", "social-share-bonus",
            "social-share-bonus", "survey-bonus"], reasons);
    }

    [Fact]
    public async Task Bad_reports_name_their_field_and_members_cannot_award_themselves()
    {
        using var staff = await stack.ClientAsync("staff");
        using var bad = await staff.PostAsJsonAsync("/api/points/actions",
            new { memberId = Guid.NewGuid(), action = "Like", reference = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("action", out _), errors.ToString());

        using var missing = await staff.PostAsJsonAsync("/api/points/actions",
            new { memberId = Guid.NewGuid(), action = "Review", reference = "" });
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("reference", out _));

        using var unknown = await staff.PostAsJsonAsync("/api/points/actions",
            new { memberId = Guid.NewGuid(), action = "Review", reference = "R" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var memberId = await Registrations.RegisterWithAccountAsync(staff);
        using var member = await stack.ClientAsync("member", memberId);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync("/api/points/actions",
            new { memberId, action = "Review", reference = "R" })).StatusCode);
    }
}
